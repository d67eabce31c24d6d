package io.tonearm.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static io.tonearm.bootstrap.architecture.ApiPredicates.areNamed;
import static io.tonearm.bootstrap.architecture.ApiPredicates.arePublicApiMethods;
import static io.tonearm.bootstrap.architecture.ApiPredicates.areSingleLookups;
import static io.tonearm.bootstrap.architecture.ApiPredicates.notTakeAnOptional;
import static io.tonearm.bootstrap.architecture.ApiPredicates.returnA;
import static io.tonearm.bootstrap.architecture.ApiPredicates.returnABooleanOrABulkCount;
import static io.tonearm.bootstrap.architecture.ApiPredicates.returnAPage;
import static io.tonearm.bootstrap.architecture.ApiPredicates.returnAnOptionalEntity;
import static io.tonearm.bootstrap.architecture.ApiPredicates.returnTheCreatedEntityOrABulkCount;
import static io.tonearm.bootstrap.architecture.ApiPredicates.takeAPageRequest;
import static io.tonearm.bootstrap.architecture.ApiPredicates.takeAPageRequestParameter;
import static io.tonearm.bootstrap.architecture.ApiPredicates.nameOnlyDomainApplicationAndJavaTypes;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import java.util.Optional;

/**
 * The API design guidelines (docs/api-design-guidelines.md), on every public method of the ports (interfaces
 * of io.tonearm.domain.port) and of the use cases (public interfaces of io.tonearm.application). A caller can
 * then guess a method's result from its name alone.
 */
final class ApiGuidelineRules {

    @ArchTest
    static final ArchRule singleLookupsReturnOptional = methods()
            .that(arePublicApiMethods()).and(areSingleLookups())
            .should(returnA(Optional.class))
            .because("an unknown id, or a title nobody has, is an ordinary answer, not an error: Optional makes "
                    + "every caller decide what absence means, where a null would surface later as a "
                    + "NullPointerException");

    @ArchTest
    static final ArchRule pagedQueriesReturnPage = methods()
            .that(arePublicApiMethods()).and(takeAPageRequest())
            .should(returnA(Page.class))
            .because("a caller that asks for one slice of a list must get the exact total and the request back "
                    + "to page on, not a bare List");

    @ArchTest
    static final ArchRule pagesAnswerAPageRequest = methods()
            .that(arePublicApiMethods()).and(returnAPage())
            .should(takeAPageRequestParameter())
            .because("every list the API returns is bounded by the caller's limit (at most "
                    + PageRequest.MAX_LIMIT + "); a Page without a PageRequest would mean an unbounded read");

    @ArchTest
    static final ArchRule deletesReturnBoolean = methods()
            .that(arePublicApiMethods()).and(areNamed("delete"))
            .should(returnABooleanOrABulkCount())
            .because("deleting an unknown id is not an error; the caller learns whether something was deleted "
                    + "(HTTP 204 or 404) without a second read, and a bulk delete how many were");

    @ArchTest
    static final ArchRule updatesReturnOptionalEntity = methods()
            .that(arePublicApiMethods()).and(areNamed("update"))
            .should(returnAnOptionalEntity())
            .because("the caller gets the entity as stored after the change (normalised, new updatedAt) in the "
                    + "same call, and empty when the id is unknown");

    @ArchTest
    static final ArchRule addsReturnTheCreatedEntityOrACount = methods()
            .that(arePublicApiMethods()).and(areNamed("add"))
            .should(returnTheCreatedEntityOrABulkCount())
            .because("a single add hands back the stored entity with its new id; a bulk add of thousands returns "
                    + "how many were added instead of building and returning them all");

    @ArchTest
    static final ArchRule settersReturnBoolean = methods()
            .that(arePublicApiMethods()).and(areNamed("set"))
            .should(returnA(boolean.class))
            .because("setting a flag on an unknown id is not an error; the boolean says whether the entity "
                    + "exists (HTTP 204 or 404)");

    @ArchTest
    static final ArchRule signaturesNameNoAdapterType = methods()
            .that(arePublicApiMethods())
            .should(nameOnlyDomainApplicationAndJavaTypes())
            .because("a port or use case that names a MyBatis, Jedis, Javalin or JDBC type cannot be implemented "
                    + "or called without that technology, which defeats the ports");

    @ArchTest
    static final ArchRule optionalOnlyAsReturnType = methods()
            .that(arePublicApiMethods())
            .should(notTakeAnOptional())
            .because("Optional says a result may be absent; as a parameter it adds a third state (null, empty, "
                    + "present) to every call");

    private ApiGuidelineRules() {
    }
}
