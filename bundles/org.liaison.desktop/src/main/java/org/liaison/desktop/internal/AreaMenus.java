package org.liaison.desktop.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.liaison.workbench.Workbench;

/**
 * Puts the areas' menus in the menu bar, and their items in the Go menu, in the areas' rank order.
 * The workbench merges the areas' fragments in an order of its own, which can differ from one
 * start to the next: a fragment placed after another area's menu that is not merged yet goes to
 * the end of the bar, after Help.
 */
final class AreaMenus {

    static final String GO_MENU = "org.liaison.desktop.menu.go";

    private AreaMenus() {
    }

    /** Orders the menu {@code bar} of the window whose areas are {@code areas}. */
    static void order(MMenu bar, MPerspectiveStack areas) {
        Map<String, Integer> areaRanks = new HashMap<>();
        for (MPerspective area : areas.getChildren()) {
            areaRanks.put(area.getElementId(), AreaNavigator.rank(area));
        }
        sort(bar.getChildren(), menu -> rank(menu, menu.getPersistedState().get(Workbench.MENU_AREA), areaRanks));
        for (MMenuElement menu : bar.getChildren()) {
            if (menu instanceof MMenu go && GO_MENU.equals(go.getElementId())) {
                sort(go.getChildren(), item -> rank(item, shownArea(item), areaRanks));
            }
        }
    }

    /** The element's own rank if it gives one, else that of its area, else the middle. */
    private static int rank(MMenuElement element, String area, Map<String, Integer> areaRanks) {
        return element.getPersistedState().containsKey(Workbench.RANK) || area == null ? AreaNavigator.rank(element)
                : areaRanks.getOrDefault(area, AreaNavigator.rank(element));
    }

    /** The area a Go item shows, from its command's parameter. */
    private static String shownArea(MMenuElement item) {
        if (item instanceof MHandledMenuItem handled) {
            for (MParameter parameter : handled.getParameters()) {
                if (Workbench.AREA_PARAMETER.equals(parameter.getName())) {
                    return parameter.getValue();
                }
            }
        }
        return null;
    }

    /** A stable sort: elements of equal rank keep the order the workbench gave them. */
    private static void sort(List<MMenuElement> children, ToIntFunction<MMenuElement> rank) {
        List<MMenuElement> sorted = children.stream().sorted(Comparator.comparingInt(rank)).toList();
        if (!sorted.equals(children)) {
            children.clear();
            children.addAll(sorted);
        }
    }
}
