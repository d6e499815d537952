/** The heading of a table of contents (`目录`, `目 录`, `Contents`): a line of its own wherever it stands. */
export const CONTENTS_HEADING = /^(?:目\s*[录錄次]|contents|c o n t e n t s|table of contents)$/iu;
