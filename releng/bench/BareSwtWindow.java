import java.lang.management.ManagementFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The baseline of {@code ./liaison bench desktop-startup}: a bare SWT window with one label, no
 * OSGi, no workbench, no database. Prints the milliseconds from JVM start to the window being up.
 */
public class BareSwtWindow {

    public static void main(String[] args) {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("baseline");
        new Label(shell, SWT.NONE).setText("baseline window");
        shell.setSize(1180, 760);
        shell.open();
        while (display.readAndDispatch()) {
            // let the window paint
        }
        System.out.println(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        display.dispose();
    }
}
