package org.example.sussex.grants;

import java.util.List;

/** The grants recorded for the network, kept in the agency's own synced table. */
public interface GrantRegister {

    /** Records a grant; it is captured for sync in the same transaction. */
    void record(Grant grant);

    /** Every grant, most recent award first. */
    List<Grant> all();
}
