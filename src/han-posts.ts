/**
 * How a Chinese post ends, as a line under a title names who speaks (`局长  周海燕`,
 * `集团党委副书记、总经理 刘建国`): a pattern.
 */
export const HAN_POST_END = "长|長|书记|書記|主任|委员|委員|主席|代表|经理|經理";

/** Who speaks, on a line of their own: a post and a name (`局长  周海燕`, `县委书记 邓海波`). */
export const HAN_POST_AND_NAME = new RegExp(
  `^[\\p{Script=Han}、]{0,20}(?:${HAN_POST_END})[ \\u3000]+\\p{Script=Han}{2,4}$`,
  "u",
);
