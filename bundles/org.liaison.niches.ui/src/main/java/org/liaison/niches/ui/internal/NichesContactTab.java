package org.liaison.niches.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.ui.ContactTab;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.LatestRead;
import org.liaison.niches.Introduction;
import org.liaison.niches.Member;
import org.liaison.niches.MemberStatus;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.Niche;
import org.liaison.niches.Referral;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.liaison.ui.Tables;

/**
 * The contact editors' Network tab: the contact's niches (with their status, or as a candidate the
 * rule finds), needs and offers, introductions, and their referral graph two steps out.
 */
@Component
public class NichesContactTab implements ContactTab {

    static final int LINES = 4;

    private final NichesServices services;

    @Activate
    public NichesContactTab(@Reference NichesServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 30;
    }

    @Override
    public String title(Locale locale) {
        return NichesTexts.in(locale).get("tab.network");
    }

    private record Read(List<Member> memberships, List<Niche> niches, List<Niche> matching, List<NeedOffer> needsOffers,
            List<Introduction> introductions, List<Referral> referrals, Map<UUID, String> names) {
    }

    @Override
    public Control create(Composite parent, ContactSummary.Kind kind, UUID contactId, Locale locale) {
        Messages texts = NichesTexts.in(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        Composite tab = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(tab);
        Label status = Views.status(tab, 2);
        Table niches = section(tab, texts, "tab.niches", "tab.niche", 200, "tab.status", 100);
        Table needs = section(tab, texts, "tab.needsOffers", "tab.kind", 70, "tab.description", 230);
        Table introductions = section(tab, texts, "tab.introductions", "tab.with", 160, "tab.status", 140);
        Composite graphBox = new Composite(tab, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(graphBox);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(graphBox);
        new Label(graphBox, SWT.NONE).setText(texts.get("tab.referrals"));
        ReferralGraph graph = new ReferralGraph(graphBox);
        GridDataFactory.fillDefaults().grab(true, true).hint(280, 140).applyTo(graph.control());
        status.setText(texts.get("tab.loading"));
        new LatestRead(texts.get("job.contact"), texts.get("tab.failed")).start(tab, status, () -> {
            List<Introduction> theirs = services.introductions().of(contactId);
            List<Referral> referrals = services.referrals().around(contactId, 2);
            Set<UUID> people = new HashSet<>(Set.of(contactId));
            theirs.forEach(i -> people.add(i.other(contactId)));
            referrals.forEach(r -> people.addAll(List.of(r.referrer(), r.referred())));
            Map<UUID, String> names = new HashMap<>();
            services.profiles().summaries(people).forEach((id, summary) -> names.put(id, summary.name()));
            return new Read(services.niches().membershipsOf(contactId), services.niches().niches(texts.locale()),
                    services.niches().nichesMatching(contactId, texts.locale()), services.needsOffers().of(contactId), theirs, referrals,
                    names);
        }, read -> {
            Map<UUID, Niche> byId = new HashMap<>();
            read.niches.forEach(n -> byId.put(n.id(), n));
            Map<UUID, MemberStatus> statuses = new HashMap<>();
            read.memberships.forEach(m -> statuses.put(m.nicheId(), m.status()));
            read.matching.forEach(n -> statuses.putIfAbsent(n.id(), MemberStatus.CANDIDATE));
            Tables.fill(niches, List.copyOf(statuses.keySet()), id -> new String[] {byId.containsKey(id) ? byId.get(id).name(texts.locale())
                    : "?", texts.get("member." + statuses.get(id).name())});
            LocalDate today = LocalDate.now();
            Tables.fill(needs, read.needsOffers, n -> new String[] {texts.get("needOffer." + n.kind().name()), n.description() + " ("
                    + texts.get("needOffer." + n.statusOn(today).name()) + ", " + dates.format(n.validUntil()) + ")"});
            Tables.fill(introductions, read.introductions, i -> new String[] {read.names.getOrDefault(i.other(contactId), "?"),
                    texts.get("introduction." + i.status().name())});
            graph.show(contactId, read.referrals, read.names, texts.get("tab.noReferrals"));
            status.setText("");
        });
        return tab;
    }

    private static Table section(Composite tab, Messages texts, String heading, Object... columns) {
        Composite box = new Composite(tab, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(box);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
        new Label(box, SWT.NONE).setText(texts.get(heading));
        Table table = Tables.table(box, SWT.SINGLE, texts, columns);
        GridDataFactory.fillDefaults().grab(true, true).hint(280, table.getItemHeight() * LINES).applyTo(table);
        return table;
    }
}
