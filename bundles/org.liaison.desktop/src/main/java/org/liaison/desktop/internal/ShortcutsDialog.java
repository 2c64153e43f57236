package org.liaison.desktop.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.core.i18n.Messages;
import org.liaison.workbench.Workbench;

/**
 * The keyboard shortcuts, read from the application model as it is (the shell's and every area's
 * fragment), so the list is never out of date: the keys as this system writes them, and the
 * command each runs.
 */
public class ShortcutsDialog extends Dialog {

    /** A shortcut as listed: the keys and what they do. */
    public record Shortcut(String keys, String action) {
    }

    private final MApplication application;
    private final Messages texts;

    public ShortcutsDialog(Shell parent, MApplication application, Object locale) {
        super(parent);
        this.application = application;
        this.texts = DesktopTexts.in(locale);
    }

    /** Every shortcut of the model, by action. */
    public static List<Shortcut> shortcuts(MApplication application, Messages texts) {
        List<Shortcut> all = new ArrayList<>();
        for (MBindingTable table : application.getBindingTables()) {
            for (MKeyBinding binding : table.getBindings()) {
                if (binding.getCommand() == null) {
                    continue;
                }
                all.add(new Shortcut(keys(binding.getKeySequence(), texts), action(application, binding, texts)));
            }
        }
        all.sort(Comparator.comparing(Shortcut::action, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    /**
     * The keys as this system writes them, with the names of modifiers and special keys in the
     * application's language (JFace names them in English without a language pack: Shift, Del).
     */
    private static String keys(String sequence, Messages texts) {
        String formatted;
        try {
            formatted = KeySequence.getInstance(sequence).format();
        } catch (ParseException e) { // an agency's fragment: listed as written, and the log says why
            System.getLogger(ShortcutsDialog.class.getName()).log(System.Logger.Level.WARNING,
                    "The key binding '" + sequence + "' of the application model cannot be read", e);
            return sequence;
        }
        StringBuilder keys = new StringBuilder();
        for (String key : formatted.split("\\+", -1)) {
            String name = texts.get("key." + key);
            keys.append(keys.length() == 0 ? "" : "+").append(name.startsWith("!") ? key : name);
        }
        return keys.toString();
    }

    private static String action(MApplication application, MKeyBinding binding, Messages texts) {
        String name = binding.getCommand().getLocalizedCommandName();
        for (MParameter parameter : binding.getParameters()) {
            if (Workbench.AREA_PARAMETER.equals(parameter.getName())) {
                Object area = application.getContext().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class)
                        .find(parameter.getValue(), application);
                String label = area instanceof MUILabel labelled ? labelled.getLocalizedLabel() : parameter.getValue();
                return texts.get("shortcuts.showArea", label);
            }
        }
        return name;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("shortcuts.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        TableColumn action = new TableColumn(table, SWT.NONE);
        action.setText(texts.get("shortcuts.action"));
        TableColumn keys = new TableColumn(table, SWT.NONE);
        keys.setText(texts.get("shortcuts.keys"));
        for (Shortcut shortcut : shortcuts(application, texts)) {
            new TableItem(table, SWT.NONE).setText(new String[] { shortcut.action(), shortcut.keys() });
        }
        action.pack();
        keys.pack();
        action.setWidth(action.getWidth() + 24);
        keys.setWidth(keys.getWidth() + 24);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, table.getItemHeight() * 16).applyTo(table);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("button.close"), true);
    }
}
