/**
 * What an area (contacts, niches, meetings, campaigns, or an agency's own) offers the desktop
 * besides its views: the count beside its entry in the navigator ({@link AreaCount}), cards on the
 * Today page ({@link TodayCard}), results in the search over every area ({@link SearchProvider}),
 * its part of the demo network ({@link DemoData}), and words for its records where a view would
 * show table and column names ({@link RecordLabels}). Each is an OSGi service, registered
 * whiteboard style by the area's bundle; none of them needs SWT, so headless bundles can offer them.
 *
 * <p>The area's entry itself, its icon and its views are a perspective that the area's
 * {@code fragment.e4xmi} adds to the perspective stack {@value Workbench#AREAS}.
 */
package org.liaison.workbench;
