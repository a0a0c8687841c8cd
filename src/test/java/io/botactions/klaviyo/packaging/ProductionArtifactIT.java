package io.botactions.klaviyo.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The Lambda deployment package holds the function and its libraries, and nothing of the dev-mode sandbox.
 */
class ProductionArtifactIT {

    private static final Path FUNCTION_ZIP = Path.of(System.getProperty("project.build.directory", "target"), "function.zip");

    @Test
    void functionZipCarriesNoSandboxLibrary() throws IOException {
        List<String> sandboxLibraries = entries().stream()
                .filter(name -> name.startsWith("lib/") && (name.contains("wiremock") || name.contains("jetty")))
                .toList();

        assertEquals(List.of(), sandboxLibraries);
    }

    @Test
    void functionZipCarriesNoSandboxClass() throws IOException {
        List<String> sandboxClasses = entries().stream()
                .filter(name -> name.contains("io/botactions/klaviyo/sandbox/") && name.endsWith(".class"))
                .toList();

        assertEquals(List.of(), sandboxClasses);
    }

    @Test
    void functionZipCarriesTheActions() throws IOException {
        assertTrue(entries().contains("io/botactions/klaviyo/web/ActionsResource.class"));
    }

    private static List<String> entries() throws IOException {
        try (ZipFile zip = new ZipFile(FUNCTION_ZIP.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }
}
