package org.liaison.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real desktop product opens its window, in English and in French, and refuses bad data folders. */
class DesktopSmokeTest {

    private static VirtualDisplay display;
    private static final Path OUTPUT = Path.of(System.getProperty("liaison.smoke.output", "target"));

    @BeforeAll
    static void startDisplay() throws Exception {
        display = VirtualDisplay.start();
    }

    @AfterAll
    static void stopDisplay() {
        if (display != null) {
            display.close();
        }
    }

    private static Path home(String name, String settings) throws IOException {
        Path home = OUTPUT.resolve("smoke").resolve(name);
        if (Files.exists(home)) {
            try (var paths = Files.walk(home)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.properties"), settings);
        return home;
    }

    @ParameterizedTest(name = "the window opens in {0}")
    @CsvSource(ignoreLeadingAndTrailingWhitespace = false, delimiter = ';', value = {
            "en;File|Edit|Go|Contacts|Niches|Meetings|Campaigns|Window|Help;Today;Home|Contacts|Niches|Meetings|Campaigns|Administration;My follow-ups from meetings|Follow-ups due|Meetings this week|Introductions awaiting an answer|Needs and offers to renew|Campaigns|Recently added|Possible duplicates|Imports|Sync;Liaison — bringing businesses together;Database: ;nothing waiting to sync",
            "fr;Fichier|Édition|Aller à|Contacts|Niches|Réunions|Campagnes|Fenêtre|Aide;Aujourd’hui;Accueil|Contacts|Niches|Réunions|Campagnes|Administration;Mes suivis de réunions|Suivis à faire|Réunions de la semaine|Mises en relation en attente de réponse|Besoins et offres à renouveler|Campagnes|Derniers ajouts|Doublons possibles|Imports|Synchronisation;Liaison — mettre les entreprises en relation;Base de données : ;rien à synchroniser" })
    void theWindowOpens(String language, String menus, String parts, String areas, String cards, String title, String database,
            String pending) throws Exception {
        Path home = home("window-" + language, "language=" + language + "\n");
        DesktopRun run = new DesktopRun(home).run(display);
        Properties report = run.properties("startup.properties");
        assertEquals(0, run.exitCode, () -> "the self-check closes the workbench as a person would; log:\n" + run.log());

        assertEquals(language, report.getProperty("locale"));
        assertEquals(menus, report.getProperty("menus"));
        assertEquals(parts, report.getProperty("parts"), "the window opens on the Home area and its Today page");
        assertEquals(areas, report.getProperty("areas"), "the shell's areas and those the contacts, niches and meetings UI bundles contribute, in rank order");
        assertEquals(cards, report.getProperty("today.cards"), "the cards the meetings, niches, contacts and sync UI bundles contribute, in rank order");
        assertTrue(Long.parseLong(report.getProperty("today.millis")) > 0, "the Today page was filled");
        assertEquals(title, report.getProperty("window.title"));
        String status = report.getProperty("status").replace('\u00a0', ' ');
        assertTrue(status.startsWith(database + home.resolve("data")), status);
        assertTrue(status.contains(pending), status);
        assertTrue(Files.exists(home.resolve("data").resolve("liaison.mv.db")), "the first start created the database");
        assertEquals(List.of(), ProductDatabase.benchmarkTables(home.resolve("data")), "no benchmark table in the desktop's database");
        assertTrue(Long.parseLong(report.getProperty("startup.millis")) > 0);
        keepPicture(run.report.resolve("window.png"), "desktop-" + language + ".png");
    }

    @Test
    void anUnusableDataFolderIsExplainedInADialog() throws Exception {
        Path home = home("unwritable", "");
        Path plainFile = Files.writeString(home.resolve("not-a-folder"), "x");
        Files.writeString(home.resolve("settings.properties"), "language=en\ndata.directory=" + plainFile.resolve("data") + "\n");
        DesktopRun run = new DesktopRun(home).run(display);
        Properties dialog = run.properties("dialog.properties");
        assertEquals(0, run.exitCode, () -> "after the dialog, the workbench closes without a window, as after any exit; log:\n" + run.log());

        assertEquals("Liaison cannot start", dialog.getProperty("dialog.title"));
        assertTrue(dialog.getProperty("dialog.text").contains("Liaison cannot write to the data folder " + plainFile.resolve("data")),
                dialog.getProperty("dialog.text"));
        assertTrue(Files.isRegularFile(plainFile), "nothing was overwritten");
        keepPicture(run.report.resolve("dialog.png"), "desktop-unwritable-dialog.png");
    }

    /** Copies a picture to target/screenshots after checking that it shows something. */
    private static void keepPicture(Path picture, String name) throws IOException {
        BufferedImage image = ImageIO.read(picture.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 8, "the picture is blank: " + colours.size() + " colours");
        Path screenshots = Files.createDirectories(OUTPUT.resolve("screenshots"));
        Files.copy(picture, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
