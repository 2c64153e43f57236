package org.liaison.workbench;

/** Names in the desktop's application model that areas contribute to from their fragment.e4xmi. */
public final class Workbench {

    /** The perspective stack that holds one perspective per area; the navigator lists them. */
    public static final String AREAS = "org.liaison.desktop.areas";

    /** The Home area, with the Today page. */
    public static final String HOME = "org.liaison.desktop.area.home";

    /** The Administration area (database, sync, extensions), at the foot of the navigator. */
    public static final String ADMINISTRATION = "org.liaison.desktop.area.administration";

    /** The part stack of the Administration area, to which administrative parts are added. */
    public static final String ADMINISTRATION_STACK = "org.liaison.desktop.partstack.administration";

    /**
     * Key of an area perspective's persisted state giving its place in the navigator (a number;
     * lower first). Home is 0, contacts 20, niches 30, meetings 40, campaigns 50; administration 1000.
     * The menu bar's own menus give theirs too (File, Edit and Go 1–3, Window and Help 2000 and 2001).
     */
    public static final String RANK = "liaison.area.rank";

    /**
     * Key of an area's menu's persisted state naming its area (the perspective's id): the menu takes
     * the area's place in the menu bar. An area's item in the Go menu takes the place of the area it shows.
     */
    public static final String MENU_AREA = "liaison.area";

    /** The command that shows an area; its parameter {@link #AREA_PARAMETER} is the perspective's id. */
    public static final String SHOW_AREA_COMMAND = "org.liaison.desktop.command.showArea";

    public static final String AREA_PARAMETER = "org.liaison.desktop.commandparameter.area";

    /**
     * Event topic an area posts when what one of its Today cards shows changed without a database
     * commit (a duplicates scan, say); the Today page reads its cards again. Commits need no event.
     */
    public static final String TODAY_CHANGED = "org/liaison/workbench/today/changed";

    private Workbench() {
    }
}
