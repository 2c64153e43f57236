package org.liaison.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.liaison.contacts.io.ImportField;
import org.liaison.contacts.io.ImportPreview;

/** What each column of the file holds: guessed from the headers (or remembered), shown with the first values. */
final class ImportMappingPage extends WizardPage {

    private static final ImportField[] FIELDS = ImportField.values();

    private final ImportWizard wizard;
    private ScrolledComposite scroller;
    private Composite grid;
    private Label dialect;
    private Button remember;
    private final List<Combo> choices = new ArrayList<>();

    ImportMappingPage(ImportWizard wizard) {
        super("mapping");
        this.wizard = wizard;
        setTitle(wizard.texts.get("import.mapping.title"));
        setDescription(wizard.texts.get("import.mapping.description"));
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        dialect = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(dialect);
        scroller = new ScrolledComposite(page, SWT.V_SCROLL | SWT.BORDER);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 260).applyTo(scroller);
        remember = new Button(page, SWT.CHECK);
        remember.setText(wizard.texts.get("import.mapping.remember"));
        remember.setSelection(true);
        setControl(page);
    }

    void show(ImportPreview preview) {
        var texts = wizard.texts;
        dialect.setText(texts.get("import.mapping.dialect", preview.dialect().charset(),
                texts.get("delimiter." + (int) preview.dialect().delimiter()), preview.rows().size()));
        if (grid != null) {
            grid.dispose();
        }
        choices.clear();
        grid = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).spacing(12, 4).applyTo(grid);
        for (String header : new String[] { "import.mapping.column", "import.mapping.field", "import.mapping.sample" }) {
            Label label = new Label(grid, SWT.NONE);
            label.setText(texts.get(header));
        }
        for (int i = 0; i < preview.headers().size(); i++) {
            new Label(grid, SWT.NONE).setText(preview.headers().get(i));
            Combo field = new Combo(grid, SWT.READ_ONLY);
            for (ImportField f : FIELDS) {
                field.add(texts.get("field." + f.name()));
            }
            field.select(i < preview.mapping().size() ? preview.mapping().get(i).ordinal() : ImportField.IGNORE.ordinal());
            choices.add(field);
            final int column = i;
            Label sample = new Label(grid, SWT.NONE);
            sample.setText(String.join(" | ", preview.rows().stream().limit(3)
                    .map(r -> column < r.size() ? shorten(r.get(column)) : "").toList()));
        }
        scroller.setContent(grid);
        scroller.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        ((Control) getControl()).getParent().layout(true, true);
        setErrorMessage(null);
    }

    private static String shorten(String value) {
        String flat = value.replace('\n', ' ');
        return flat.length() > 30 ? flat.substring(0, 29) + "\u2026" : flat;
    }

    List<ImportField> mapping() {
        return choices.stream().map(c -> FIELDS[c.getSelectionIndex()]).toList();
    }

    /** Without asking for the next page, which reads the file. */
    @Override
    public boolean canFlipToNextPage() {
        return isPageComplete();
    }

    @Override
    public IWizardPage getNextPage() {
        if (choices.isEmpty()) {
            return super.getNextPage();
        }
        return wizard.makePlan(mapping(), remember.getSelection()) ? super.getNextPage() : this;
    }
}
