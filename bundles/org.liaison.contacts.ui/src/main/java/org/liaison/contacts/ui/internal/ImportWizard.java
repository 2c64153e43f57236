package org.liaison.contacts.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.liaison.contacts.io.ImportDecision;
import org.liaison.contacts.io.ImportField;
import org.liaison.contacts.io.ImportPlan;
import org.liaison.contacts.io.ImportPreview;
import org.liaison.contacts.io.ImportResult;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.ui.Dialogs;

/**
 * Importing a partner's spreadsheet or a vCard file: choose the file, say what each column of a
 * spreadsheet holds, review the wrong rows, the rows to check and the duplicates, then apply it all
 * in one transaction. Reading, checking and writing run with a progress bar; an import can be
 * reverted from the first page afterwards.
 */
final class ImportWizard extends Wizard {

    final ContactsServices services;
    final Messages texts;
    private final ImportFilePage filePage;
    private final ImportMappingPage mappingPage;
    private final ImportReviewPage reviewPage;
    Path file;
    /** The country of numbers written without their code: the office's, or the one the file's postcodes propose. */
    String defaultCountry;
    ImportPreview preview;
    ImportPlan plan;
    final Map<Integer, ImportDecision> decisions = new HashMap<>();

    ImportWizard(ContactsServices services, Messages texts) {
        this(services, texts, null);
    }

    /** The wizard with {@code chosen} (a CSV or vCard file) already in its file field, or none. */
    ImportWizard(ContactsServices services, Messages texts, Path chosen) {
        this.services = services;
        this.file = chosen;
        this.texts = texts;
        // numbers without a country code are most likely from the country of the office importing
        this.defaultCountry = "fr".equals(texts.locale().getLanguage()) ? "FR" : "GB";
        setWindowTitle(texts.get("import.title"));
        setNeedsProgressMonitor(true);
        filePage = new ImportFilePage(this);
        mappingPage = new ImportMappingPage(this);
        reviewPage = new ImportReviewPage(this);
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(mappingPage);
        addPage(reviewPage);
    }

    /**
     * Reads the head of the chosen file, with its header on the line found or, when {@code headerLine}
     * is given, on that line; {@code false} (with the page's error set) when it cannot be read.
     */
    boolean readPreview(Integer headerLine) {
        WizardPage asking = headerLine == null ? filePage : mappingPage;
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(texts.get("import.reading", file.getFileName()), IProgressMonitor.UNKNOWN);
                try {
                    preview = headerLine == null ? services.importer().preview(file, 20)
                            : services.importer().preview(file, 20, preview.dialect().withHeaderLine(headerLine));
                } catch (java.io.IOException | ValidationException e) {
                    throw new InvocationTargetException(e);
                }
            });
            if (headerLine == null && preview.proposedCountry() != null) {
                defaultCountry = preview.proposedCountry();
            }
            mappingPage.show(preview);
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            asking.setErrorMessage(cause instanceof ValidationException v ? v.problems().get(0).toString()
                    : texts.get("import.unreadable", file, cause.getMessage()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads and checks every row with the mapping chosen; can be cancelled. */
    boolean makePlan(List<ImportField> mapping, boolean remember) {
        if (remember) {
            services.importer().saveMapping(preview.headers(), mapping);
        }
        return check(mappingPage, progress -> services.importer().plan(file, preview.dialect(), mapping, defaultCountry,
                texts.locale(), progress));
    }

    /** Whether the file is a vCard file, whose cards need no mapping. */
    boolean cards() {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".vcf") || name.endsWith(".vcard");
    }

    /** Reads and checks every card of a vCard file; can be cancelled. */
    boolean makeCardPlan() {
        return check(filePage, progress -> services.importer().planCards(file, defaultCountry, texts.locale(), progress));
    }

    /** How a plan is made, telling its progress (and asked whether to go on) every few hundred rows. */
    @FunctionalInterface
    private interface Planning {
        ImportPlan plan(java.util.function.IntPredicate progress) throws java.io.IOException;
    }

    /**
     * Reads and checks every row with a progress bar and Cancel, then shows the review, whose Back
     * returns to {@code asking}; {@code false}, with {@code asking}'s message set, when it could not.
     */
    private boolean check(WizardPage asking, Planning planning) {
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(texts.get("import.checking", file.getFileName()), IProgressMonitor.UNKNOWN);
                try {
                    plan = planning.plan(rows -> {
                        monitor.subTask(texts.get("import.rowsRead", rows));
                        return !monitor.isCanceled();
                    });
                } catch (CancellationException e) {
                    throw new InterruptedException();
                } catch (java.io.IOException | ValidationException e) {
                    throw new InvocationTargetException(e);
                }
            });
            decisions.clear();
            reviewPage.show(plan);
            reviewPage.setPreviousPage(asking);
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            asking.setErrorMessage(cause instanceof ValidationException v ? v.problems().get(0).toString()
                    : texts.get("import.unreadable", file, cause.getMessage()));
            return false;
        } catch (InterruptedException e) {
            asking.setMessage(texts.get("import.cancelled"));
            return false;
        }
    }

    ImportReviewPage reviewPage() {
        return reviewPage;
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == reviewPage && plan != null && reviewPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        boolean onlyValid = reviewPage.onlyValidRows();
        ImportResult[] result = new ImportResult[1];
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(texts.get("import.writing", plan.validRows()), IProgressMonitor.UNKNOWN);
                try {
                    result[0] = services.importer().apply(plan, Map.copyOf(decisions), onlyValid, texts.locale(), monitor::isCanceled);
                } catch (CancellationException e) {
                    throw new InterruptedException();
                } catch (ValidationException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            reviewPage.setErrorMessage(e.getCause() instanceof ValidationException v
                    ? texts.get("import.refused", v.problems().size(), v.problems().get(0)) : String.valueOf(e.getCause()));
            return false;
        } catch (InterruptedException e) {
            reviewPage.setMessage(texts.get("import.cancelled")); // cancelled by the person: the wizard stays open
            return false;
        }
        Dialogs.inform(getShell(), texts.locale(), texts.get("import.title"),
                texts.get("import.done", result[0].created(), result[0].updated(), result[0].skipped()));
        return true;
    }
}
