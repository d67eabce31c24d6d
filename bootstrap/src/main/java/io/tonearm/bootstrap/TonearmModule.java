package io.tonearm.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import java.util.List;

/**
 * The root of the injector: installs the chosen modules under strict rules, so that every object in the
 * process is one somebody bound on purpose.
 */
final class TonearmModule extends AbstractModule {
    private final List<Module> modules;

    /** @param modules one module per adapter, and the application's */
    TonearmModule(List<Module> modules) {
        this.modules = List.copyOf(modules);
    }

    @Override
    protected void configure() {
        // No just-in-time bindings: a class nobody bound cannot sneak in through a constructor parameter.
        binder().requireExplicitBindings();
        // A cycle is a design error; Guice would otherwise hide it behind a generated proxy.
        binder().disableCircularProxies();
        // Only constructors marked @Inject are used, never a public no-argument one by accident.
        binder().requireAtInjectOnConstructors();
        modules.forEach(this::install);
    }
}
