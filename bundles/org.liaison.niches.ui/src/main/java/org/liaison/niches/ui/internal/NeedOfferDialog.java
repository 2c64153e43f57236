package org.liaison.niches.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ui.ContactPicker;
import org.liaison.contacts.Segment;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.niches.Category;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.Scope;
import org.liaison.ui.FormDialog;

/** A new need or offer: whose it is, what it asks for or gives, for which sectors and customers, where, until when. */
final class NeedOfferDialog extends FormDialog {

    private final NichesServices services;
    private final Messages texts;
    private final NeedOffer.Kind kind;
    private ContactPicker owner;
    private Combo category;
    private Text description;
    private Combo language;
    private Text sectors;
    private final List<Button> segments = new ArrayList<>();
    private Combo scope;
    private DateTime until;
    private NeedOffer saved;

    NeedOfferDialog(Shell parent, NichesServices services, Messages texts, NeedOffer.Kind kind) {
        super(parent, texts.locale());
        this.services = services;
        this.texts = texts;
        this.kind = kind;
    }

    NeedOffer saved() {
        return saved;
    }

    @Override
    protected String heading() {
        return texts.get("needOffer.new." + kind.name());
    }

    @Override
    protected String message() {
        return texts.get("needOffer.message." + kind.name());
    }

    @Override
    protected void fields(Composite form) {
        new Label(form, SWT.NONE).setText(texts.get("needOffer.owner"));
        owner = new ContactPicker(form, services.contacts(), texts.locale());
        register("owner", owner.search());
        new Label(form, SWT.NONE).setText(texts.get("needOffer.category"));
        category = new Combo(form, SWT.READ_ONLY);
        for (Category c : Category.values()) {
            category.add(texts.get("category." + c.name()));
        }
        category.select(0);
        indent(category);
        register("category", category);
        description = text(form, texts.get("needOffer.description"), "description", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        new Label(form, SWT.NONE).setText(texts.get("needOffer.language"));
        language = new Combo(form, SWT.READ_ONLY);
        for (String code : NicheDialog.LANGUAGES) {
            language.add(texts.get("language." + code));
        }
        language.select("fr".equals(texts.locale().getLanguage()) ? 1 : 0);
        indent(language);
        register("language", language);
        sectors = text(form, texts.get("needOffer.sectors"), "sectors", SWT.NONE);
        sectors.setMessage(texts.get("needOffer.sectors.hint"));
        new Label(form, SWT.NONE).setText(texts.get("niche.segments"));
        Composite boxes = new Composite(form, SWT.NONE);
        RowLayoutFactory.swtDefaults().margins(0, 0).applyTo(boxes);
        indent(boxes);
        register("segments", boxes);
        for (Segment segment : services.contacts().segments()) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(segment.label(texts.locale()));
            box.setData(segment.code());
            segments.add(box);
        }
        new Label(form, SWT.NONE).setText(texts.get("needOffer.scope"));
        scope = new Combo(form, SWT.READ_ONLY);
        for (Scope s : Scope.values()) {
            scope.add(texts.get("scope." + s.name()));
        }
        scope.select(Scope.ANY.ordinal());
        indent(scope);
        new Label(form, SWT.NONE).setText(texts.get("needOffer.until"));
        until = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        LocalDate inSixMonths = LocalDate.now().plusMonths(6);
        until.setDate(inSixMonths.getYear(), inSixMonths.getMonthValue() - 1, inSixMonths.getDayOfMonth());
        indent(until);
        register("validUntil", until);
    }

    private static void indent(Control control) {
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(control);
    }

    /** Fills in the owner, as when the dialog is opened for a member already chosen. */
    void owner(org.liaison.contacts.ContactSummary contact) {
        owner.choose(contact);
    }

    @Override
    protected Control firstField() {
        return owner.search();
    }

    @Override
    protected void save() {
        if (owner.chosen() == null) {
            throw new ValidationException(ValidationProblem.field("owner", texts.get("needOffer.ownerRequired")));
        }
        Set<String> chosenSegments = segments.stream().filter(Button::getSelection).map(b -> (String) b.getData()).collect(Collectors.toSet());
        saved = services.needsOffers().save(new NeedOffer(null, kind, owner.chosen().id(), Category.values()[category.getSelectionIndex()],
                description.getText(), NicheDialog.LANGUAGES[language.getSelectionIndex()], Codes.parse(sectors.getText()), chosenSegments,
                Scope.values()[scope.getSelectionIndex()], LocalDate.of(until.getYear(), until.getMonth() + 1, until.getDay()), null),
                texts.locale());
    }
}
