package org.foresite;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates Atom documents with Jing against the RELAX NG schema of RFC 4287 in src/test/resources/schemas. */
public final class AtomSchema {
    private static final Path SCHEMA = Path.of("src", "test", "resources", "schemas", "atom.rnc");

    private AtomSchema() {
    }

    /** Every problem the validator reports, with its line; empty for a valid document. */
    public static synchronized List<String> problems(Path document) throws IOException, SAXException {
        problems.clear();
        if (driver == null) {
            driver = driver();
        }
        driver.validate(ValidationDriver.fileInputSource(document.toFile()));
        return List.copyOf(problems);
    }

    private static final List<String> problems = new ArrayList<>();
    private static ValidationDriver driver;

    /** The validator with the schema loaded once: thousands of theme feeds are validated in one run. */
    private static ValidationDriver driver() throws IOException, SAXException {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        if (!driver.loadSchema(ValidationDriver.fileInputSource(SCHEMA.toFile()))) {
            throw new IllegalStateException("the Atom schema does not load: " + problems);
        }
        return driver;
    }
}
