package org.liaison.desktop.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.i18n.CoreTexts;
import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;
import org.liaison.core.settings.UserSettings;

/** The person's language and data folder, checked as they type. */
public class PreferencesDialog extends TitleAreaDialog {

    private final Messages texts;
    private final UserSettings settings;
    private Combo language;
    private Text directory;
    private Locale chosenLocale;
    private String chosenDirectory;

    public PreferencesDialog(Shell parent, Messages texts, UserSettings settings) {
        super(parent);
        this.texts = texts;
        this.settings = settings;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("prefs.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(texts.get("prefs.title"));
        setMessage(texts.get("prefs.message"));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 12).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

        new Label(form, SWT.NONE).setText(texts.get("prefs.language"));
        language = new Combo(form, SWT.READ_ONLY);
        for (Locale locale : SupportedLocales.ALL) {
            // each language is named in itself, so that a person can find their own
            language.add(CoreTexts.in(locale).get("language." + locale.getLanguage()));
        }
        language.select(SupportedLocales.ALL.indexOf(settings.locale()));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(language);

        new Label(form, SWT.NONE).setText(texts.get("prefs.dataDirectory"));
        directory = new Text(form, SWT.BORDER);
        directory.setText(settings.dataDirectory().toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(directory);
        Button browse = new Button(form, SWT.PUSH);
        browse.setText(texts.get("prefs.browse"));
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog chooser = new DirectoryDialog(getShell());
            chooser.setFilterPath(directory.getText());
            String picked = chooser.open();
            if (picked != null) {
                directory.setText(picked);
            }
        });
        directory.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("button.cancel"), false);
    }

    private void validate() {
        Optional<String> problem = DataDirectoryCheck.problem(directory.getText(), texts);
        setErrorMessage(problem.orElse(null));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem.isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        chosenLocale = SupportedLocales.ALL.get(Math.max(0, language.getSelectionIndex()));
        chosenDirectory = directory.getText().trim();
        super.okPressed();
    }

    /** The language chosen, once the dialog was confirmed. */
    public Locale chosenLocale() {
        return chosenLocale;
    }

    /** The data folder chosen, once the dialog was confirmed. */
    public String chosenDirectory() {
        return chosenDirectory;
    }
}
