package org.liaison.desktop.internal;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** What Liaison is, its version, and every installed bundle with its version and state. */
public class AboutDialog extends Dialog {

    private final Messages texts;
    private final BundleContext bundles;

    public AboutDialog(Shell parent, Messages texts, BundleContext bundles) {
        super(parent);
        this.texts = texts;
        this.bundles = bundles;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("about.title"));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label summary = new Label(area, SWT.WRAP);
        summary.setText(texts.get("about.summary", bundles.getBundle().getVersion()));
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(summary);
        new Label(area, SWT.NONE).setText(texts.get("about.bundles"));
        TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        column(table, "about.bundle", 300, b -> b.getSymbolicName());
        column(table, "about.version", 160, b -> b.getVersion().toString());
        column(table, "about.state", 90, b -> texts.get("bundle.state." + b.getState()));
        table.setContentProvider(ArrayContentProvider.getInstance());
        Bundle[] installed = bundles.getBundles();
        Arrays.sort(installed, Comparator.comparing(b -> String.valueOf(b.getSymbolicName())));
        table.setInput(installed);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 320).applyTo(table.getControl());
        return area;
    }

    private void column(TableViewer table, String key, int width, java.util.function.Function<Bundle, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setWidth(width);
        column.getColumn().setText(texts.get(key));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Bundle) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }
}
