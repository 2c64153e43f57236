package org.liaison.niches.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.Dialogs;

import jakarta.inject.Named;

/** Export the value report as CSV: the report shown, in both currencies, with a converted total when a rate is entered. */
public class ExportValueHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.getObject() instanceof ValueReportPart view && view.report() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, Shell shell, @Service NichesServices services,
            @Named(TranslationService.LOCALE) Object locale) {
        ValueReportPart view = (ValueReportPart) part.getObject();
        Messages texts = NichesTexts.in(locale);
        FileDialog choose = new FileDialog(shell, SWT.SAVE);
        choose.setText(texts.get("export.title"));
        choose.setFilterExtensions(new String[] {"*.csv"});
        choose.setFileName(texts.get("export.fileName"));
        choose.setOverwrite(true);
        String file = choose.open();
        if (file == null) {
            return;
        }
        try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
            out.write('\ufeff'); // spreadsheet programs read UTF-8 with its mark
            services.reports().writeCsv(view.report(), out, view.rate() == null ? null : view.target(), view.rate(), texts.locale());
        } catch (IOException e) {
            System.getLogger(ExportValueHandler.class.getName()).log(System.Logger.Level.ERROR, "Exporting the value report failed", e);
            Dialogs.error(shell, texts.locale(), texts.get("export.title"), texts.get("export.failed", file, e.getMessage()));
        }
    }
}
