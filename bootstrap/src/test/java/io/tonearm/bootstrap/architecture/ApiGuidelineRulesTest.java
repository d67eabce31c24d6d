package io.tonearm.bootstrap.architecture;

import static io.tonearm.bootstrap.architecture.Planted.assertThatRuleFails;
import static io.tonearm.bootstrap.architecture.Planted.assertThatRulePasses;
import static io.tonearm.bootstrap.architecture.Planted.classes;

import com.tngtech.archunit.lang.ArchRule;
import io.tonearm.application.violations.TrackLookup;
import io.tonearm.application.violations.TrackPathLookup;
import io.tonearm.domain.port.compliant.CompliantTracks;
import io.tonearm.domain.port.violations.AddReturningNoEntity;
import io.tonearm.domain.port.violations.DeleteReturningVoid;
import io.tonearm.domain.port.violations.LookupReturningNullable;
import io.tonearm.domain.port.violations.LookupsReturningEntities;
import io.tonearm.domain.port.violations.OptionalParameter;
import io.tonearm.domain.port.violations.PagedQueryReturningList;
import io.tonearm.domain.port.violations.PortNamingAdapterTypes;
import io.tonearm.domain.port.violations.SetReturningVoid;
import io.tonearm.domain.port.violations.UnboundedPage;
import io.tonearm.domain.port.violations.UpdateReturningNoEntity;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ApiGuidelineRulesTest {

    @Test
    void singleLookupRule_failsOnAPortLookupThatReturnsTheEntityItself() {
        assertThatRuleFails(ApiGuidelineRules.singleLookupsReturnOptional, classes(LookupReturningNullable.class))
                .hasMessageContaining("was violated (1 times)")
                .hasMessageContaining("LookupReturningNullable.findById(io.tonearm.domain.TrackId)> returns "
                        + "io.tonearm.domain.Track");
    }

    @Test
    void singleLookupRule_failsOnAUseCaseLookupThatReturnsTheEntityItself() {
        assertThatRuleFails(ApiGuidelineRules.singleLookupsReturnOptional,
                classes(TrackLookup.class, TrackPathLookup.class))
                .hasMessageContaining("was violated (2 times)")
                .hasMessageContaining("TrackLookup.getTrack(io.tonearm.domain.TrackId)> returns "
                        + "io.tonearm.domain.Track")
                .hasMessageContaining("TrackPathLookup.loadByPath(java.lang.String)> returns "
                        + "io.tonearm.domain.Track");
    }

    @Test
    void singleLookupRule_failsOnPortLookupsByOtherKeysThatReturnTheEntityItself() {
        assertThatRuleFails(ApiGuidelineRules.singleLookupsReturnOptional, classes(LookupsReturningEntities.class))
                .hasMessageContaining("was violated (3 times)")
                .hasMessageContaining("LookupsReturningEntities.findByTitle(java.lang.String)> returns "
                        + "io.tonearm.domain.Track")
                .hasMessageContaining("LookupsReturningEntities.loadAlbum(java.lang.String, io.tonearm.domain.ArtistId)>"
                        + " returns io.tonearm.domain.Album")
                .hasMessageContaining("LookupsReturningEntities.getCurrent()> returns io.tonearm.domain.Artist");
    }

    @Test
    void pagedQueryRule_failsOnAPagedQueryReturningAList() {
        assertThatRuleFails(ApiGuidelineRules.pagedQueriesReturnPage, classes(PagedQueryReturningList.class))
                .hasMessageContaining("PagedQueryReturningList.findAll(io.tonearm.domain.PageRequest)> returns "
                        + "java.util.List<io.tonearm.domain.Track>");
    }

    @Test
    void pageRule_failsOnAPageReturnedWithoutAPageRequest() {
        assertThatRuleFails(ApiGuidelineRules.pagesAnswerAPageRequest, classes(UnboundedPage.class))
                .hasMessageContaining("UnboundedPage.findFavorites()> takes ()");
    }

    @Test
    void deleteRule_failsOnADeleteReturningVoidAndABulkDeleteReturningNoCount() {
        assertThatRuleFails(ApiGuidelineRules.deletesReturnBoolean, classes(DeleteReturningVoid.class))
                .hasMessageContaining("was violated (2 times)")
                .hasMessageContaining("DeleteReturningVoid.delete(io.tonearm.domain.TrackId)> returns void")
                .hasMessageContaining("DeleteReturningVoid.deleteAll(java.util.Collection)> returns boolean");
    }

    @Test
    void updateRule_failsOnAnUpdateReturningTheEntityOrAnOptionalId() {
        assertThatRuleFails(ApiGuidelineRules.updatesReturnOptionalEntity, classes(UpdateReturningNoEntity.class))
                .hasMessageContaining("was violated (2 times)")
                .hasMessageContaining("UpdateReturningNoEntity.update(io.tonearm.domain.TrackId, "
                        + "io.tonearm.domain.TrackChanges)> returns io.tonearm.domain.Track")
                .hasMessageContaining("returns java.util.Optional<io.tonearm.domain.TrackId>");
    }

    @Test
    void addRule_failsOnAddsReturningNothingAnIdOrTheWholeBulk() {
        assertThatRuleFails(ApiGuidelineRules.addsReturnTheCreatedEntityOrACount, classes(AddReturningNoEntity.class))
                .hasMessageContaining("was violated (3 times)")
                .hasMessageContaining("AddReturningNoEntity.add(io.tonearm.domain.NewTrack)> returns void")
                .hasMessageContaining("AddReturningNoEntity.addTrack(io.tonearm.domain.NewTrack)> returns "
                        + "io.tonearm.domain.TrackId")
                .hasMessageContaining("AddReturningNoEntity.addAll(java.util.List)> returns "
                        + "java.util.List<io.tonearm.domain.Track>");
    }

    @Test
    void setRule_failsOnASetterReturningVoid() {
        assertThatRuleFails(ApiGuidelineRules.settersReturnBoolean, classes(SetReturningVoid.class))
                .hasMessageContaining("SetReturningVoid.setFavorite(io.tonearm.domain.TrackId, boolean)> returns void");
    }

    @Test
    void signatureRule_failsOnAPortNamingJdbcAndAnAdapterClass() {
        assertThatRuleFails(ApiGuidelineRules.signaturesNameNoAdapterType, classes(PortNamingAdapterTypes.class))
                .hasMessageContaining("was violated (2 times)")
                .hasMessageContaining("names java.sql.Connection, java.sql.SQLException")
                .hasMessageContaining("names io.tonearm.adapters.persistence.violations.JdbcTracks");
    }

    @Test
    void optionalRule_failsOnAnOptionalParameter() {
        assertThatRuleFails(ApiGuidelineRules.optionalOnlyAsReturnType, classes(OptionalParameter.class))
                .hasMessageContaining("OptionalParameter.search(java.util.Optional, io.tonearm.domain.PageRequest)")
                .hasMessageContaining("takes java.util.Optional<io.tonearm.domain.SearchQuery>");
    }

    static Stream<ArchRule> everyGuideline() {
        return Stream.of(ApiGuidelineRules.singleLookupsReturnOptional, ApiGuidelineRules.pagedQueriesReturnPage,
                ApiGuidelineRules.pagesAnswerAPageRequest, ApiGuidelineRules.deletesReturnBoolean,
                ApiGuidelineRules.updatesReturnOptionalEntity, ApiGuidelineRules.addsReturnTheCreatedEntityOrACount,
                ApiGuidelineRules.settersReturnBoolean, ApiGuidelineRules.signaturesNameNoAdapterType,
                ApiGuidelineRules.optionalOnlyAsReturnType);
    }

    /* CompliantTracks has a method every guideline applies to, so a pass here is not an empty check. */
    @ParameterizedTest
    @MethodSource("everyGuideline")
    void everyGuideline_passesOnAPortThatFollowsThem(ArchRule guideline) {
        assertThatRulePasses(guideline, classes(CompliantTracks.class));
    }
}
