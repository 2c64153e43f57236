package org.liaison.niches.report;

import java.util.List;

/**
 * A network value report. An introduction between members of two regions (where they were when
 * introduced) counts in both regions' lines and once in the total; likewise for its two members.
 */
public record ValueReport(ValueQuery query, ValueLine total, List<ValueLine> byNiche, List<ValueLine> byRegion,
        List<ValueLine> byMonth, List<ValueLine> byMember) {
}
