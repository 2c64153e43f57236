package org.liaison.test.area;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/** The area's one view. */
public class PartnersPart {

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new FillLayout());
        new Label(parent, SWT.NONE).setText(String.join("\n", Partners.NAMES));
    }
}
