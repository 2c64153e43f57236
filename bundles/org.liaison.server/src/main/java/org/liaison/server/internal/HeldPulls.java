package org.liaison.server.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Pulls that wait for changes hold a server thread each: a bound per account and in all, so that one
 * account (or a stolen read-only token) cannot take every thread.
 */
final class HeldPulls {

    private final int perAccount;
    private final int inAll;
    private final Map<String, Integer> byAccount = new HashMap<>();
    private int total;

    HeldPulls(int perAccount, int inAll) {
        this.perAccount = perAccount;
        this.inAll = inAll;
    }

    /** Takes a place for one more held pull of {@code account}; false when none is left. */
    synchronized boolean take(String account) {
        int held = byAccount.getOrDefault(account, 0);
        if (held >= perAccount || total >= inAll) {
            return false;
        }
        byAccount.put(account, held + 1);
        total++;
        return true;
    }

    synchronized void release(String account) {
        int held = byAccount.getOrDefault(account, 0);
        if (held <= 1) {
            byAccount.remove(account);
        } else {
            byAccount.put(account, held - 1);
        }
        total--;
    }
}
