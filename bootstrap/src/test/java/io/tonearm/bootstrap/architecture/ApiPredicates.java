package io.tonearm.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaModifier.BRIDGE;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.JavaModifier.STATIC;
import static com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The vocabulary of the API guidelines, defined once so that every rule and docs/api-design-guidelines.md mean
 * the same thing by "port", "use case", "id", "entity", "single lookup" and "bulk".
 */
final class ApiPredicates {
    private static final PackageMatcher DOMAIN = PackageMatcher.of(Modules.DOMAIN);
    private static final PackageMatcher PORTS = PackageMatcher.of(Modules.PORTS);
    private static final PackageMatcher APPLICATION = PackageMatcher.of(Modules.APPLICATION);
    private static final List<PackageMatcher> SIGNATURE_PACKAGES =
            Stream.of(Modules.DOMAIN, Modules.APPLICATION, "java..").map(PackageMatcher::of).toList();
    private static final PackageMatcher JDBC = PackageMatcher.of("java.sql..");

    /** A port: an interface of {@code io.tonearm.domain.port} (or below). */
    static final DescribedPredicate<JavaClass> PORT = DescribedPredicate.describe("a port",
            type -> type.isInterface() && PORTS.matches(type.getPackageName()));

    /** A use case: a public interface of {@code io.tonearm.application} (or below). */
    static final DescribedPredicate<JavaClass> USE_CASE = DescribedPredicate.describe("a use case",
            type -> type.isInterface() && type.getModifiers().contains(PUBLIC)
                    && APPLICATION.matches(type.getPackageName()));

    /** A typed id: a domain type whose simple name ends in {@code Id}, such as {@code TrackId}. */
    static final DescribedPredicate<JavaClass> ID_TYPE = DescribedPredicate.describe("an id type",
            type -> DOMAIN.matches(type.getPackageName()) && type.getSimpleName().matches(".+Id"));

    /** An entity: a domain type with identity, i.e. with a field {@code id} of an id type (Track, Album, Artist). */
    static final DescribedPredicate<JavaClass> ENTITY = DescribedPredicate.describe("an entity",
            type -> DOMAIN.matches(type.getPackageName()) && type.getFields().stream()
                    .anyMatch(field -> field.getName().equals("id") && !field.getModifiers().contains(STATIC)
                            && ID_TYPE.test(field.getRawType())));

    private ApiPredicates() {
    }

    /** The public methods of ports and use cases (not compiler-generated ones). */
    static DescribedPredicate<JavaMethod> arePublicApiMethods() {
        return DescribedPredicate.describe("are public methods of ports and use cases",
                method -> method.getModifiers().contains(PUBLIC)
                        && !method.getModifiers().contains(SYNTHETIC) && !method.getModifiers().contains(BRIDGE)
                        && PORT.or(USE_CASE).test(method.getOwner()));
    }

    /** Methods named {@code verb}, or {@code verb} and a capitalised word: {@code addTrack}, not {@code address}. */
    static DescribedPredicate<JavaMethod> areNamed(String verb) {
        return DescribedPredicate.describe("are named " + verb + "*",
                method -> method.getName().matches(verb + "([A-Z0-9].*)?"));
    }

    /**
     * Single lookups: a {@code get*}, {@code find*} or {@code load*} method whose only parameter is a typed id, such
     * as {@code Tracks.findById(TrackId)} or {@code TrackQueries.getTrack(TrackId)}, or that returns a bare
     * {@link #ENTITY}, whatever it takes ({@code Track findByTitle(String)}, {@code User loadCurrent()}): one entity
     * that may not be there.
     */
    static DescribedPredicate<JavaMethod> areSingleLookups() {
        return DescribedPredicate.describe("are single lookups (get*/find*/load* taking one typed id or returning "
                        + "an entity)",
                method -> method.getName().matches("(get|find|load)([A-Z].*)?")
                        && (takesOneTypedId(method) || ENTITY.test(method.getRawReturnType())));
    }

    private static boolean takesOneTypedId(JavaMethod method) {
        return method.getRawParameterTypes().size() == 1 && ID_TYPE.test(method.getRawParameterTypes().get(0));
    }

    /** Methods with a parameter of type {@link PageRequest}. */
    static DescribedPredicate<JavaMethod> takeAPageRequest() {
        return DescribedPredicate.describe("take a PageRequest", method -> method.getRawParameterTypes().stream()
                .anyMatch(type -> type.isEquivalentTo(PageRequest.class)));
    }

    /** The method has a {@link PageRequest} parameter. */
    static ArchCondition<JavaMethod> takeAPageRequestParameter() {
        return methodCondition("take a PageRequest", takeAPageRequest(), method -> "takes ("
                + method.getRawParameterTypes().stream().map(JavaClass::getSimpleName).collect(Collectors.joining(", "))
                + ")");
    }

    /** Methods whose raw return type is {@link Page}. */
    static DescribedPredicate<JavaMethod> returnAPage() {
        return DescribedPredicate.describe("return a Page",
                method -> method.getRawReturnType().isEquivalentTo(Page.class));
    }

    /** Bulk methods: with a parameter that is a collection (anything {@link Iterable}) or an array. */
    private static boolean isBulk(JavaMethod method) {
        return method.getRawParameterTypes().stream()
                .anyMatch(type -> type.isArray() || type.isAssignableTo(Iterable.class));
    }

    private static boolean returnsACount(JavaMethod method) {
        return method.getRawReturnType().isEquivalentTo(int.class)
                || method.getRawReturnType().isEquivalentTo(long.class);
    }

    /** The method's raw return type is {@code type}; a violation names the type it does return. */
    static ArchCondition<JavaMethod> returnA(Class<?> type) {
        return methodCondition("return " + type.getSimpleName(),
                method -> method.getRawReturnType().isEquivalentTo(type));
    }

    /** The method returns {@code boolean}, or an {@code int}/{@code long} count when it takes a collection. */
    static ArchCondition<JavaMethod> returnABooleanOrABulkCount() {
        return methodCondition("return boolean, or an int/long count when taking a collection",
                method -> isBulk(method) ? returnsACount(method)
                        : method.getRawReturnType().isEquivalentTo(boolean.class));
    }

    /** The method returns {@code Optional<E>} where E is an {@link #ENTITY}. */
    static ArchCondition<JavaMethod> returnAnOptionalEntity() {
        return methodCondition("return Optional of an entity", method -> {
            JavaType type = method.getReturnType();
            return type.toErasure().isEquivalentTo(Optional.class)
                    && type instanceof JavaParameterizedType parameterized
                    && ENTITY.test(parameterized.getActualTypeArguments().get(0).toErasure());
        });
    }

    /** Bulk adds return an {@code int} or {@code long} count; single adds return the created {@link #ENTITY}. */
    static ArchCondition<JavaMethod> returnTheCreatedEntityOrABulkCount() {
        return methodCondition("return the created entity, or an int/long count when taking a collection",
                method -> isBulk(method) ? returnsACount(method) : ENTITY.test(method.getRawReturnType()));
    }

    /**
     * Every type named in the signature (return, parameters, their type arguments and bounds, declared
     * exceptions) is a domain type, an application type (a factory returns a use case) or a {@code java.*}
     * type other than JDBC's. A port naming an application type is already stopped by the dependency rule.
     */
    static ArchCondition<JavaMethod> nameOnlyDomainApplicationAndJavaTypes() {
        return new ArchCondition<>("name only domain, application and java.* types (not java.sql) in their signature") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaClass> foreign = Stream.concat(
                                Stream.concat(Stream.of(method.getReturnType()), method.getParameterTypes().stream())
                                        .flatMap(type -> type.getAllInvolvedRawTypes().stream()),
                                method.getThrowsClause().getTypes().stream())
                        .map(type -> type.isArray() ? type.getBaseComponentType() : type)
                        .filter(type -> !type.isPrimitive())
                        .filter(type -> JDBC.matches(type.getPackageName())
                                || SIGNATURE_PACKAGES.stream().noneMatch(p -> p.matches(type.getPackageName())))
                        .distinct()
                        .toList();
                if (!foreign.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(method, method.getDescription() + " names "
                            + foreign.stream().map(JavaClass::getName).collect(Collectors.joining(", "))
                            + " in its signature " + method.getSourceCodeLocation()));
                }
            }
        };
    }

    /** No parameter of the method is an {@link Optional}: an optional argument is an overload or a command field. */
    static ArchCondition<JavaMethod> notTakeAnOptional() {
        return methodCondition("not take an Optional parameter", method -> method.getRawParameterTypes().stream()
                .noneMatch(type -> type.isEquivalentTo(Optional.class)), method -> "takes "
                + method.getParameterTypes().stream().map(JavaType::getName).collect(Collectors.joining(", ")));
    }

    /** A condition on a method whose message names the method, its return type and its location. */
    private static ArchCondition<JavaMethod> methodCondition(String description, Predicate<JavaMethod> test) {
        return methodCondition(description, test, method -> "returns " + method.getReturnType().getName());
    }

    private static ArchCondition<JavaMethod> methodCondition(String description, Predicate<JavaMethod> test,
                                                             Function<JavaMethod, String> what) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                events.add(new SimpleConditionEvent(method, test.test(method),
                        method.getDescription() + " " + what.apply(method) + " " + method.getSourceCodeLocation()));
            }
        };
    }
}
