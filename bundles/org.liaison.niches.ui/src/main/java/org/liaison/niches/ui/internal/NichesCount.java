package org.liaison.niches.ui.internal;

import org.liaison.niches.IntroductionStatus;
import org.liaison.workbench.AreaCount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The number beside Niches in the navigator: introductions awaiting an answer, what staff chase first. */
@Component
public class NichesCount implements AreaCount {

    private final NichesServices services;

    @Activate
    public NichesCount(@Reference NichesServices services) {
        this.services = services;
    }

    @Override
    public String areaId() {
        return NichesUi.AREA;
    }

    @Override
    public long count() {
        return services.introductions().counts().get(IntroductionStatus.PROPOSED);
    }
}
