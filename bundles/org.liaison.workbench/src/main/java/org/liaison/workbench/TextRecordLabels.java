package org.liaison.workbench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * An area's {@link RecordLabels} from its texts and from queries it fixes in its code. The texts,
 * a resource bundle beside the subclass, hold {@code table.TABLE} and {@code field.TABLE.COLUMN};
 * a row of a table in {@code names} is named by that table's query, and a row of a table in
 * {@code parents} by the record its column points to. Table and column names in SQL come from
 * these fixed lists only, never from what a caller asks.
 *
 * @since 1.1
 */
public abstract class TextRecordLabels implements RecordLabels {

    /**
     * Where a row of a child table points: its column holding the parent's id, and the tables
     * (in {@code names}) where that parent may be.
     */
    public record Parent(String column, List<String> tables) {
    }

    private final String texts;
    private final Map<String, String> names;
    private final Map<String, Parent> parents;

    /**
     * @param texts the base name of the area's resource bundle of labels
     * @param names per table, a query of one text column with the row's id as its one parameter
     * @param parents per child table, where its rows point
     */
    protected TextRecordLabels(String texts, Map<String, String> names, Map<String, Parent> parents) {
        this.texts = texts;
        this.names = Map.copyOf(names);
        this.parents = Map.copyOf(parents);
    }

    /** Runs {@code query} with {@code row} as its one parameter on the area's database: the first column of its first row. */
    protected abstract Optional<Object> first(String query, UUID row);

    @Override
    public Optional<String> kind(String table, Locale locale) {
        return text("table." + table, locale);
    }

    @Override
    public Optional<String> field(String table, String column, Locale locale) {
        return text("field." + table + "." + column, locale);
    }

    @Override
    public Optional<String> record(String table, UUID row) {
        String query = names.get(table);
        if (query != null) {
            return first(query, row).map(Object::toString).map(String::strip).filter(name -> !name.isEmpty());
        }
        Parent parent = parents.get(table); // a key of the fixed list: only such a name reaches the query
        if (parent != null) {
            Optional<UUID> parentId = first("SELECT " + parent.column() + " FROM " + table + " WHERE ID = ?", row)
                    .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
            if (parentId.isPresent()) {
                return parent.tables().stream().map(t -> record(t, parentId.get())).flatMap(Optional::stream).findFirst();
            }
        }
        return Optional.empty();
    }

    private Optional<String> text(String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(texts, locale, getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the labels " + texts + " are missing from " + getClass().getName() + "'s bundle", e);
        }
    }
}
