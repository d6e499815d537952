/**
 * How a Chinese post ends, as a line under a title names who speaks (`局长  周海燕`,
 * `集团党委副书记、总经理 刘建国`): a pattern.
 */
export const HAN_POST_END = "长|長|书记|書記|主任|委员|委員|主席|代表|经理|經理";
