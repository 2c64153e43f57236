package org.liaison.niches.ui.internal;

/** The ids of the niches area in the application model (fragment.e4xmi). */
final class NichesUi {

    static final String AREA = "org.liaison.niches.ui.area";
    static final String NICHES_PART = "org.liaison.niches.ui.part.niches";
    static final String NEEDS_PART = "org.liaison.niches.ui.part.needs";
    static final String INTRODUCTIONS_PART = "org.liaison.niches.ui.part.introductions";
    static final String SUGGESTIONS_PART = "org.liaison.niches.ui.part.suggestions";
    static final String VALUE_PART = "org.liaison.niches.ui.part.value";

    private static final String COMMAND = "org.liaison.niches.ui.command.";
    static final String EDIT_NICHE = COMMAND + "editNiche";
    static final String SUGGEST = COMMAND + "suggest";
    static final String PROPOSE = COMMAND + "propose";
    static final String SHOW = COMMAND + "show";

    private static final String PARAMETER = "org.liaison.niches.ui.commandparameter.";
    static final String INTRODUCTION_PARAMETER = PARAMETER + "introduction";
    static final String NICHE_PARAMETER = PARAMETER + "niche";
    static final String NEED_OFFER_PARAMETER = PARAMETER + "needOffer";
    static final String STATUS_PARAMETER = PARAMETER + "status";
    static final String KIND_PARAMETER = PARAMETER + "kind";
    static final String STEP_PARAMETER = PARAMETER + "step";

    private NichesUi() {
    }
}
