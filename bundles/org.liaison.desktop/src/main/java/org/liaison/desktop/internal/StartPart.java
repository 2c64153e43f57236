package org.liaison.desktop.internal;

import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.liaison.core.i18n.Messages;
import org.liaison.store.StoreStatus;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What Liaison is for and where things are, for someone opening it for the first time. */
public class StartPart {

    private final Messages texts;
    private final StoreStatus status;

    @Inject
    public StartPart(StoreStatus status, @Named(TranslationService.LOCALE) Object locale) {
        this.status = status;
        this.texts = DesktopTexts.in(locale);
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(24, 24).spacing(0, 16).applyTo(parent);
        Label heading = new Label(parent, SWT.NONE);
        heading.setText(texts.get("start.heading"));
        heading.setFont(JFaceResources.getHeaderFont());
        Label body = new Label(parent, SWT.WRAP);
        body.setText(texts.get("start.body"));
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(body);
        Label data = new Label(parent, SWT.WRAP);
        data.setText(texts.get("start.dataFolder", status.location()));
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(data);
    }
}
