package org.liaison.sync.protocol;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A 64-bit digest of one row that the server (from the JSON values it merged) and a desktop (from
 * its database's values) compute alike; a table's checksum is the sum of its rows' digests, so that
 * row order does not matter.
 */
public final class RowDigest {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*[Z+-].*");

    private RowDigest() {
    }

    /** The digest of the row {@code id} with these column values (nulls and the ID column left out). */
    public static long of(UUID id, Map<String, ?> fields) {
        StringBuilder text = new StringBuilder(id.toString());
        for (Map.Entry<String, ?> field : new TreeMap<>(fields).entrySet()) {
            if (field.getValue() != null && !"ID".equals(field.getKey())) {
                text.append('|').append(field.getKey()).append('=').append(canonical(field.getValue()));
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** One form per value, whether it comes from JSON (text, numbers) or from the database (typed). */
    static String canonical(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Object[] array) {
            return canonical(List.of(array));
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(item == null ? "" : canonical(item)));
            return items.toString();
        }
        if (value instanceof String text && TIMESTAMP.matcher(text).matches()) {
            try {
                return OffsetDateTime.parse(text).toInstant().toString();
            } catch (DateTimeParseException e) {
                return text; // text that only looks like a time
            }
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }
}
