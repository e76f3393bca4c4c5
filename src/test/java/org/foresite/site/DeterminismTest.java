package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeMap;
import org.foresite.Fixtures;
import org.foresite.RealCorpus;
import org.foresite.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output, whatever the thread scheduling or the output folder. */
class DeterminismTest {

    @Test
    void twoBuildsOfTheFixturesAreByteIdentical(@TempDir Path tmp) throws IOException {
        assertSameBytes(Fixtures.KB, tmp);
    }

    @Test
    void twoBuildsOfTheRealCorpusAreByteIdentical(@TempDir Path tmp) throws IOException {
        RealCorpus.assumePresent();
        assertSameBytes(RealCorpus.copyAllInto(tmp.resolve("seeds")), tmp);
    }

    @Test
    void rebuildingIntoTheSameFolderReplacesItWithTheSameBytes(@TempDir Path tmp) throws IOException {
        Builds.fixtures(tmp.resolve("site"));
        TreeMap<String, byte[]> first = new SiteFiles(tmp.resolve("site")).contents();
        Builds.fixtures(tmp.resolve("site"));
        TreeMap<String, byte[]> second = new SiteFiles(tmp.resolve("site")).contents();
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    }

    private static void assertSameBytes(Path seeds, Path tmp) throws IOException {
        Builds.build(seeds, tmp.resolve("one"));
        Builds.build(seeds, tmp.resolve("two"));
        TreeMap<String, byte[]> one = new SiteFiles(tmp.resolve("one")).contents();
        TreeMap<String, byte[]> two = new SiteFiles(tmp.resolve("two")).contents();
        assertEquals(one.keySet(), two.keySet());
        one.forEach((name, bytes) -> assertArrayEquals(bytes, two.get(name), name));
    }

}
