package io.tonearm.adapters.persistence.violations;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Guice module that is open for extension, not named *Module, and reads a file while being configured. */
public class SchemaWiring extends AbstractModule {
    @Override
    protected void configure() {
        try {
            bindConstant().annotatedWith(Names.named("schema")).to(Files.readString(Path.of("schema.sql")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
