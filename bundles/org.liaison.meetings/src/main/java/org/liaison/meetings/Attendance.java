package org.liaison.meetings;

/** Whether an invited contact came. */
public enum Attendance {
    INVITED, ATTENDED, NO_SHOW, EXCUSED
}
