package org.liaison.server.internal;

import java.util.List;

/**
 * Who wrote a field's current value and when: ordered by stamp, then device, then the device's
 * operation number, so that every node agrees on the winner even when two stamps are equal.
 */
record FieldStamp(long stamp, String device, long seq, String account) implements Comparable<FieldStamp> {

    @Override
    public int compareTo(FieldStamp other) {
        int byStamp = Long.compare(stamp, other.stamp);
        if (byStamp != 0) {
            return byStamp;
        }
        int byDevice = device.compareTo(other.device);
        return byDevice != 0 ? byDevice : Long.compare(seq, other.seq);
    }

    List<Object> toJson() {
        return List.of(stamp, device, seq, account);
    }

    static FieldStamp fromJson(List<?> json) {
        return new FieldStamp(((Number) json.get(0)).longValue(), (String) json.get(1), ((Number) json.get(2)).longValue(),
                (String) json.get(3));
    }
}
