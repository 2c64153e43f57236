package org.liaison.niches.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.LatestRead;
import org.liaison.core.money.CurrencyCode;
import org.liaison.niches.Niche;
import org.liaison.niches.OutcomeKind;
import org.liaison.niches.report.ValueLine;
import org.liaison.niches.report.ValueQuery;
import org.liaison.niches.report.ValueReport;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.liaison.ui.Tables;

/**
 * What the network's introductions brought: for a period, a niche and a region, the totals, the
 * lines by niche, region, month and member, and charts of outcomes by kind and of value by month.
 * Pounds and euros stay apart unless a rate is entered, and then the rate is said beside the total.
 */
public class ValueReportPart {

    static final int MEMBERS = 100;

    private final NichesServices services;
    private final Messages texts;
    private Combo period;
    private Combo niche;
    private Text region;
    private Combo target;
    private Text rate;
    private Label summary;
    private final List<Table> tables = new ArrayList<>();
    private BarChart outcomes;
    private BarChart value;
    private List<Niche> niches = List.of();
    private ValueReport report;
    private final LatestRead reading;

    @Inject
    public ValueReportPart(@Service NichesServices services, @Named(TranslationService.LOCALE) Object locale) {
        this.services = services;
        this.texts = NichesTexts.in(locale);
        this.reading = new LatestRead(texts.get("job.value"), texts.get("value.failed"));
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(6).applyTo(parent);
        period = combo(parent, "value.period", texts.get("value.period.year"), texts.get("value.period.thisYear"),
                texts.get("value.period.all"));
        niche = combo(parent, "value.niche", texts.get("value.allNiches"));
        new Label(parent, SWT.NONE).setText(texts.get("value.region"));
        region = new Text(parent, SWT.BORDER);
        region.setMessage(texts.get("value.region.hint"));
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(region);
        region.addListener(SWT.DefaultSelection, e -> refresh());
        target = combo(parent, "value.convert", texts.get("value.bothCurrencies"), "GBP", "EUR");
        new Label(parent, SWT.NONE).setText(texts.get("value.rate"));
        rate = new Text(parent, SWT.BORDER);
        rate.setMessage("1.17");
        GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(rate);
        rate.addListener(SWT.DefaultSelection, e -> showSummary());
        new Label(parent, SWT.NONE);
        new Label(parent, SWT.NONE);
        summary = Views.status(parent, 6);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(sash);
        TabFolder tabs = new TabFolder(sash, SWT.TOP);
        for (String section : List.of("report.byNiche", "report.byRegion", "report.byMonth", "report.byMember")) {
            TabItem tab = new TabItem(tabs, SWT.NONE);
            tab.setText(texts.get(section));
            Table table = Tables.table(tabs, SWT.SINGLE, texts, "value.column.label", 180, "value.column.proposed", 75,
                    "value.column.accepted", 75, "value.column.met", 70, "value.column.outcomes", 80, "value.column.jobs", 60,
                    "value.column.gbp", 100, "value.column.eur", 100);
            tab.setControl(table);
            tables.add(table);
        }
        Composite charts = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(charts);
        outcomes = new BarChart(charts);
        value = new BarChart(charts);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(outcomes.control());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(value.control());
        sash.setWeights(50, 50);
        new LatestRead(texts.get("job.niches"), texts.get("value.failed")).start(niche, summary,
                () -> services.niches().niches(texts.locale()), found -> {
                    niches = found;
                    found.forEach(n -> niche.add(n.name(texts.locale())));
                });
        refresh();
    }

    private Combo combo(Composite parent, String label, String... items) {
        new Label(parent, SWT.NONE).setText(texts.get(label));
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> {
            if (combo == target) {
                showSummary();
            } else {
                refresh();
            }
        });
        return combo;
    }

    ValueReport report() {
        return report;
    }

    /** The currency to convert to, or {@code null} to keep both. */
    CurrencyCode target() {
        return target.getSelectionIndex() == 0 ? null : CurrencyCode.values()[target.getSelectionIndex() - 1];
    }

    /** The rate typed, or {@code null} when none or not a number. */
    BigDecimal rate() {
        try {
            BigDecimal typed = new BigDecimal(rate.getText().strip().replace(',', '.'));
            return typed.signum() > 0 ? typed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads the report again for the filters chosen, in the background. */
    public void refresh() {
        LocalDate today = LocalDate.now();
        LocalDate from = switch (period.getSelectionIndex()) {
            case 0 -> today.minusMonths(12);
            case 1 -> today.withDayOfYear(1);
            default -> null;
        };
        ValueQuery query = new ValueQuery(from, null, niche.getSelectionIndex() <= 0 ? null : niches.get(niche.getSelectionIndex() - 1).id(),
                region.getText().isBlank() ? null : region.getText().strip().toUpperCase(texts.locale()), null);
        summary.setText(texts.get("value.loading"));
        report = null; // nothing to export until the report of these filters is read
        reading.start(summary, summary, () -> services.reports().report(query, MEMBERS, texts.locale()), this::show);
    }

    private void show(ValueReport read) {
        report = read;
        List<List<ValueLine>> sections = List.of(read.byNiche(), read.byRegion(), read.byMonth(), read.byMember());
        for (int i = 0; i < tables.size(); i++) {
            Tables.fill(tables.get(i), sections.get(i), line -> new String[] {line.label(), Long.toString(line.proposed()),
                    Long.toString(line.accepted()), Long.toString(line.met()),
                    Long.toString(line.outcomes().values().stream().mapToLong(Long::longValue).sum()), Long.toString(line.jobs()),
                    line.value(CurrencyCode.GBP).format(texts.locale()), line.value(CurrencyCode.EUR).format(texts.locale())});
        }
        List<String> kinds = new ArrayList<>();
        double[][] counts = new double[OutcomeKind.values().length][1];
        for (OutcomeKind kind : OutcomeKind.values()) {
            kinds.add(texts.get("outcome." + kind.name()));
            counts[kind.ordinal()][0] = read.total().outcomes().getOrDefault(kind, 0L);
        }
        outcomes.show(texts.get("value.chart.outcomes"), kinds, List.of(texts.get("value.chart.count")), counts);
        double[][] money = new double[read.byMonth().size()][2];
        for (int m = 0; m < read.byMonth().size(); m++) {
            money[m][0] = read.byMonth().get(m).value(CurrencyCode.GBP).amount().doubleValue();
            money[m][1] = read.byMonth().get(m).value(CurrencyCode.EUR).amount().doubleValue();
        }
        value.show(texts.get("value.chart.value"), read.byMonth().stream().map(ValueLine::label).toList(), List.of("GBP", "EUR"), money);
        showSummary();
    }

    private void showSummary() {
        if (report == null) {
            return;
        }
        ValueLine total = report.total();
        String money = texts.get("value.both", total.value(CurrencyCode.GBP).format(texts.locale()),
                total.value(CurrencyCode.EUR).format(texts.locale()));
        CurrencyCode into = target();
        BigDecimal at = rate();
        if (into != null && at != null) {
            CurrencyCode other = CurrencyCode.values()[1 - into.ordinal()];
            money += " " + texts.get("value.converted", total.convertedTo(into, at).format(texts.locale()), other, at.toPlainString(), into);
        } else if (into != null) {
            money += " " + texts.get("value.rateNeeded", CurrencyCode.values()[1 - into.ordinal()], into);
        }
        summary.setText(texts.get("value.summary", total.proposed(), total.accepted(), total.met(), total.jobs(), money));
        summary.getParent().layout(true, true);
    }
}
