package org.liaison.desktop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.ui.advanced.MAdvancedFactory;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.junit.jupiter.api.Test;
import org.liaison.workbench.Workbench;

/**
 * The menu bar and the Go menu in the areas' order, whatever order the workbench merged the
 * areas' fragments in (it once put Meetings and Campaigns after Help).
 */
class AreaMenusTest {

    @Test
    void theAreasMenusAndGoItemsFollowTheAreasRanksWhateverOrderTheyWereMergedIn() {
        MPerspectiveStack areas = MAdvancedFactory.INSTANCE.createPerspectiveStack();
        for (String[] area : new String[][] { { "home", "0" }, { "meetings", "40" }, { "contacts", "20" }, { "administration", "1000" },
                { "campaigns", "50" }, { "niches", "30" }, { "agency", null } }) {
            MPerspective perspective = MAdvancedFactory.INSTANCE.createPerspective();
            perspective.setElementId(area[0]);
            if (area[1] != null) {
                perspective.getPersistedState().put(Workbench.RANK, area[1]);
            }
            areas.getChildren().add(perspective);
        }
        MMenu go = menu(AreaMenus.GO_MENU, "3");
        go.getChildren().addAll(List.of(goItem("home"), separator("administrationSeparator", "999"), goItem("administration"),
                goItem("contacts"), goItem("campaigns"), goItem("niches"), goItem("agency"), goItem("meetings")));
        MMenu bar = MMenuFactory.INSTANCE.createMenu();
        bar.getChildren().addAll(List.of(menu("file", "1"), menu("edit", "2"), go, areaMenu("contacts"), areaMenu("niches"),
                menu("window", "2000"), menu("help", "2001"), areaMenu("meetings"), areaMenu("campaigns"), menu("agency", null)));

        AreaMenus.order(bar, areas);

        assertEquals(List.of("file", "edit", AreaMenus.GO_MENU, "contacts", "niches", "meetings", "campaigns", "agency", "window", "help"),
                ids(bar.getChildren()), "an area's menu without a rank goes after the others, before Window");
        assertEquals(List.of("home", "contacts", "niches", "meetings", "campaigns", "agency", "administrationSeparator",
                "administration"), ids(go.getChildren()), "each Go item where its area is in the navigator");
    }

    private static MMenu menu(String id, String rank) {
        MMenu menu = MMenuFactory.INSTANCE.createMenu();
        menu.setElementId(id);
        if (rank != null) {
            menu.getPersistedState().put(Workbench.RANK, rank);
        }
        return menu;
    }

    private static MMenu areaMenu(String area) {
        MMenu menu = menu(area, null);
        menu.getPersistedState().put(Workbench.MENU_AREA, area);
        return menu;
    }

    private static MMenuElement separator(String id, String rank) {
        MMenuElement separator = MMenuFactory.INSTANCE.createMenuSeparator();
        separator.setElementId(id);
        separator.getPersistedState().put(Workbench.RANK, rank);
        return separator;
    }

    private static MHandledMenuItem goItem(String area) {
        MHandledMenuItem item = MMenuFactory.INSTANCE.createHandledMenuItem();
        item.setElementId(area);
        MParameter parameter = MCommandsFactory.INSTANCE.createParameter();
        parameter.setName(Workbench.AREA_PARAMETER);
        parameter.setValue(area);
        item.getParameters().add(parameter);
        return item;
    }

    private static List<String> ids(List<MMenuElement> elements) {
        return elements.stream().map(MMenuElement::getElementId).toList();
    }
}
