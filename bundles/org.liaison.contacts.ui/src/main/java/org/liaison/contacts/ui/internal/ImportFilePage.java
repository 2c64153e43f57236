package org.liaison.contacts.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.io.ImportRecord;
import org.liaison.ui.Dialogs;

/** The file to import (a spreadsheet's CSV or a vCard file), and the earlier imports (to revert one). */
final class ImportFilePage extends WizardPage {

    private final ImportWizard wizard;
    private Text path;
    private Table history;
    private List<ImportRecord> imports = List.of();

    ImportFilePage(ImportWizard wizard) {
        super("file");
        this.wizard = wizard;
        setTitle(wizard.texts.get("import.file.title"));
        setDescription(wizard.texts.get("import.file.description"));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        var texts = wizard.texts;
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(texts.get("import.file.label"));
        path = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(path);
        path.addModifyListener(e -> check());
        if (wizard.file != null) {
            path.setText(wizard.file.toString());
        }
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(texts.get("import.file.browse"));
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.tsv;*.vcf;*.vcard", "*.vcf;*.vcard", "*" });
            String chosen = dialog.open();
            if (chosen != null) {
                path.setText(chosen);
            }
        });

        Label earlier = new Label(page, SWT.NONE);
        earlier.setText(texts.get("import.history"));
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 12).applyTo(earlier);
        history = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
        history.setHeaderVisible(true);
        for (String column : List.of("import.history.when", "import.history.file", "import.history.created",
                "import.history.updated", "import.history.reverted")) {
            TableColumn c = new TableColumn(history, SWT.NONE);
            c.setText(texts.get(column));
            c.setWidth(column.endsWith("file") ? 200 : column.endsWith("when") || column.endsWith("reverted") ? 150 : 110);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 110).applyTo(history);
        Button revert = new Button(page, SWT.PUSH);
        revert.setText(texts.get("import.revert"));
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(revert);
        revert.addListener(SWT.Selection, e -> revertSelected());
        showHistory();
        setControl(page);
    }

    private void showHistory() {
        imports = wizard.services.importer().history();
        history.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(wizard.texts.locale())
                .withZone(ZoneId.systemDefault());
        for (ImportRecord record : imports) {
            new TableItem(history, SWT.NONE).setText(new String[] { when.format(record.importedAt()), record.fileName(),
                    String.valueOf(record.created()), String.valueOf(record.updated()),
                    record.revertedAt() == null ? "" : when.format(record.revertedAt()) });
        }
    }

    private void revertSelected() {
        int index = history.getSelectionIndex();
        if (index < 0 || imports.get(index).revertedAt() != null) {
            return;
        }
        ImportRecord record = imports.get(index);
        if (Dialogs.confirm(getShell(), wizard.texts.locale(), wizard.texts.get("import.revert"),
                wizard.texts.get("import.revertConfirm", record.fileName(), record.created(), record.updated()))) {
            int reverted = wizard.services.importer().revert(record.id());
            setMessage(wizard.texts.get("import.reverted", reverted));
            showHistory();
        }
    }

    private void check() {
        String text = path.getText().strip();
        boolean readable = !text.isEmpty() && Files.isRegularFile(Path.of(text)) && Files.isReadable(Path.of(text));
        setErrorMessage(text.isEmpty() || readable ? null : wizard.texts.get("import.file.missing", text));
        setPageComplete(readable);
    }

    /** Without asking for the next page, which reads the file. */
    @Override
    public boolean canFlipToNextPage() {
        return isPageComplete();
    }

    @Override
    public IWizardPage getNextPage() {
        wizard.file = Path.of(path.getText().strip());
        if (wizard.cards()) {
            return wizard.makeCardPlan() ? wizard.reviewPage() : this;
        }
        return wizard.readPreview(null) ? super.getNextPage() : this;
    }
}
