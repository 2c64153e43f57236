package org.liaison.desktop.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.workbench.IResourceUtilities;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.core.events.Topics;
import org.liaison.workbench.AreaCount;
import org.liaison.workbench.Open;
import org.liaison.workbench.Workbench;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The narrow list of areas on the left (Home, Contacts, ... Administration): one entry per
 * perspective of the area stack, in rank order, with the number its {@link AreaCount} gives.
 */
public class AreaNavigator {

    /** Data key of each entry: the id of its area's perspective (for tests). */
    public static final String AREA_KEY = "org.liaison.desktop.area";

    private static final int COUNT_PAUSE_MILLIS = 1_000;

    private static final System.Logger LOG = System.getLogger(AreaNavigator.class.getName());

    private final MApplication application;
    private final EModelService models;
    private final ECommandService commands;
    private final EHandlerService handlers;
    private final IResourceUtilities<ImageDescriptor> resources;
    private final java.util.Locale locale;
    private Table list;
    private LocalResourceManager images;
    private List<AreaCount> counters = List.of();
    private final Map<String, Long> counts = new HashMap<>();
    private final Runnable countAgain = this::count;

    @Inject
    @SuppressWarnings("unchecked")
    public AreaNavigator(MApplication application, EModelService models, ECommandService commands, EHandlerService handlers,
            @SuppressWarnings("rawtypes") IResourceUtilities resources, @Named(TranslationService.LOCALE) Object locale) {
        this.application = application;
        this.models = models;
        this.commands = commands;
        this.handlers = handlers;
        this.resources = resources;
        this.locale = org.liaison.core.i18n.SupportedLocales.chooseFor(locale);
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        images = new LocalResourceManager(JFaceResources.getResources(), parent);
        list = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
        list.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData(AREA_KEY) instanceof String area) {
                show(area);
            }
        });
        fill();
        count();
    }

    private List<MPerspective> areas() {
        MPerspectiveStack stack = (MPerspectiveStack) models.find(Workbench.AREAS, application);
        List<MPerspective> areas = new ArrayList<>();
        for (MPerspective area : stack.getChildren()) {
            if (area.isToBeRendered() && area.isVisible()) {
                areas.add(area);
            }
        }
        areas.sort(Comparator.comparingInt(AreaNavigator::rank));
        return areas;
    }

    /** The rank an area, or an area's menu, gives in its persisted state; 500 when it gives none. */
    static int rank(MApplicationElement area) {
        String rank = area.getPersistedState().getOrDefault(Workbench.RANK, "500");
        try {
            return Integer.parseInt(rank);
        } catch (NumberFormatException e) { // an agency's fragment: its area goes in the middle, and the log says why
            LOG.log(System.Logger.Level.WARNING, "The area " + area.getElementId() + " gives a rank that is not a number: " + rank);
            return 500;
        }
    }

    private void fill() {
        list.removeAll();
        MPerspectiveStack stack = (MPerspectiveStack) models.find(Workbench.AREAS, application);
        for (MPerspective area : areas()) {
            TableItem item = new TableItem(list, SWT.NONE);
            item.setData(AREA_KEY, area.getElementId());
            Long count = counts.get(area.getElementId());
            item.setText(count == null ? area.getLocalizedLabel()
                    : area.getLocalizedLabel() + "  " + String.format(locale, "%,d", count));
            if (area.getIconURI() != null) {
                item.setImage(images.create(resources.imageDescriptorFromURI(URI.createURI(area.getIconURI()))));
            }
            if (area == stack.getSelectedElement()) {
                list.setSelection(item);
            }
        }
    }

    private void show(String areaId) {
        Opener.open(Open.area(areaId), commands, handlers);
    }

    @Inject
    @Optional
    void areaShown(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPerspectiveStack stack
                && Workbench.AREAS.equals(stack.getElementId()) && list != null && !list.isDisposed()) {
            fill();
        }
    }

    @Inject
    @Optional
    void counters(@Service List<AreaCount> counters) {
        this.counters = List.copyOf(counters);
        if (list != null && !list.isDisposed()) {
            count();
        }
    }

    @Inject
    @Optional
    void databaseChanged(@UIEventTopic(Topics.STORE_COMMITTED) Event event) {
        if (list != null && !list.isDisposed()) {
            list.getDisplay().timerExec(-1, countAgain);
            list.getDisplay().timerExec(COUNT_PAUSE_MILLIS, countAgain);
        }
    }

    /** Asks each area for its number in the background, then shows them. */
    private void count() {
        List<AreaCount> asked = counters;
        Display display = list.getDisplay();
        Job job = Job.create("counts", monitor -> {
            Map<String, Long> found = new HashMap<>();
            for (AreaCount counter : asked) {
                try {
                    found.put(counter.areaId(), counter.count());
                } catch (RuntimeException e) { // that area's entry shows no number; the others do
                    LOG.log(System.Logger.Level.ERROR, "The count of the area " + counter.areaId() + " could not be read", e);
                }
            }
            display.asyncExec(() -> {
                if (!list.isDisposed()) {
                    counts.clear();
                    counts.putAll(found);
                    fill();
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
