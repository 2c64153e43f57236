package org.liaison.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

/** The error marks beside a form's fields, keyed by the field names the services report. */
public final class FormErrors {

    /** The data key under which each registered control holds its field name, for tests to find it by. */
    public static final String FIELD = "org.liaison.ui.field";

    private final Map<String, Control> fields = new HashMap<>();
    private final Map<Control, ControlDecoration> decorations = new HashMap<>();

    public void register(String field, Control control) {
        fields.put(field, control);
        control.setData(FIELD, field);
        ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        decoration.hide();
        decorations.put(control, decoration);
    }

    /** Whether a field's error mark is showing. */
    public boolean showing(String field) {
        ControlDecoration decoration = decorations.get(fields.get(field));
        return decoration != null && decoration.isVisible();
    }

    public void clear() {
        decorations.values().forEach(ControlDecoration::hide);
    }

    /**
     * Marks each field a problem names (those of no field on {@code fallback}), focuses the first
     * and gives back its message for the dialog's message area.
     */
    public String show(ValidationException e, Control fallback) {
        for (ValidationProblem problem : e.problems()) {
            ControlDecoration decoration = decorations.get(fields.getOrDefault(problem.field(), fallback));
            if (decoration != null) {
                decoration.setDescriptionText(problem.message());
                decoration.show();
            }
        }
        ValidationProblem first = e.problems().get(0);
        fields.getOrDefault(first.field(), fallback).setFocus();
        return first.message();
    }
}
