import { describe, expect, it } from "vitest";
import { announcedCount } from "../src/outline/announce.js";

describe("announced counts", () => {
  it.each([
    ["下面，我讲四点意见。", 4],
    ["今年重点抓好以下五个方面工作：", 5],
    ["本年度市政工作以下列四項工作為重點，謹報告如下：", 4],
    ["刚才几位同志讲得很好。下面，我讲两个问题。", 2],
    ["I want to talk about three things that will decide whether this region grows.", 3],
    ["This morning I want to set out five commitments.", 5],
    ["I have three updates for you this morning, and then we'll open it up to questions.", 3],
    ["The Council has taken four decisions today.", 4],
    // A count closing its sentence, the items named in the sentence before.
    ["Every year I ask you to keep a small number of promises. This year there are three.", 3],
    // A count of counsel announces items whatever verb stands before it.
    ["借此机会，我对大家提三点希望。", 3],
    ["對各位同事，我有兩點要求：", 2],
    // So does a count of sayings a speaker gives.
    ["在你們即將畢業的時候，校長想送給大家三句話，請你們放在心裡。", 3],
    // A sentence before the last one that previews as many items as it counts.
    [
      "I will cover four areas this morning: how busy we were, how quickly we got there, what we did to prevent fires, and our people. Then we are happy to take your questions.",
      4,
    ],
    ["今天我讲三个方面：形势、任务、措施。然后请大家讨论。", 3],
  ])("%s announces %i items", (text, count) => {
    expect(announcedCount(text)).toBe(count);
  });

  it.each([
    // No verb of announcing: a finding, not a list to come.
    "实现了三个方面的突破，今年要做好工作。",
    // Two counts joined: no single count to trust.
    "讲三个方面和两点要求。",
    "We face two challenges and one opportunity.",
    // The count stands in an earlier sentence than the one leading into the series.
    "I will talk about three things. But first, a story.",
    // A preview that lists fewer items than it counts previews nothing.
    "I will cover four areas: how busy we were and our people. Then we will take questions.",
    "我讲一点体会。",
    // A count of counsel that is not announced: two counts in one sentence.
    "我有三点希望和两点要求。",
  ])("%s announces no count", (text) => {
    expect(announcedCount(text)).toBeNull();
  });
});
