package org.liaison.contacts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.liaison.contacts.sectors.NaceSector;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.osgi.service.component.annotations.Component;

/** The taxonomy shipped with the bundle as {@code nace-rev2.csv}, held in memory (about 1,000 headings). */
@Component(service = NaceTaxonomy.class)
public class CsvNaceTaxonomy implements NaceTaxonomy {

    private static final Pattern CLASS = Pattern.compile("(\\d{2})\\.?(\\d)(\\d)[A-Z]?");
    private static final Pattern GROUP = Pattern.compile("(\\d{2})\\.(\\d)");
    private static final Pattern DIVISION = Pattern.compile("\\d{2}");
    private static final Pattern SECTION = Pattern.compile("[A-U]");

    private final Map<String, NaceSector> byCode;

    public CsvNaceTaxonomy() {
        Map<String, NaceSector> sectors = new LinkedHashMap<>();
        try (InputStream in = CsvNaceTaxonomy.class.getResourceAsStream("/org/liaison/contacts/sectors/nace-rev2.csv")) {
            if (in == null) {
                throw new IllegalStateException("nace-rev2.csv is missing from the bundle");
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String parent = row.get("parent");
                sectors.put(row.get("code"), new NaceSector(row.get("code"),
                        NaceSector.Level.valueOf(row.get("level").toUpperCase(Locale.ROOT)),
                        parent.isEmpty() ? null : parent, row.get("label_en"), row.get("label_fr")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NACE taxonomy", e);
        }
        byCode = Collections.unmodifiableMap(sectors);
    }

    @Override
    public Optional<String> normalize(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String text = code.strip().toUpperCase(Locale.ROOT);
        Matcher m = CLASS.matcher(text);
        String candidate;
        if (m.matches()) {
            candidate = m.group(1) + "." + m.group(2) + m.group(3);
        } else if (GROUP.matcher(text).matches() || DIVISION.matcher(text).matches() || SECTION.matcher(text).matches()) {
            candidate = text;
        } else {
            return Optional.empty();
        }
        return byCode.containsKey(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    @Override
    public Optional<NaceSector> sector(String code) {
        return normalize(code).map(byCode::get);
    }

    @Override
    public List<NaceSector> children(String code) {
        List<NaceSector> children = new ArrayList<>();
        for (NaceSector sector : byCode.values()) {
            if (code == null ? sector.parent() == null : code.equals(sector.parent())) {
                children.add(sector);
            }
        }
        return children;
    }

    @Override
    public List<NaceSector> all() {
        return List.copyOf(byCode.values());
    }
}
