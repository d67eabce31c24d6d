package io.tonearm.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.tonearm.application.Library;
import io.tonearm.application.TrackQueries;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.Artist;
import io.tonearm.domain.MusicBrainzIds;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.Page;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.Albums;
import io.tonearm.domain.port.Artists;
import io.tonearm.domain.port.CacheKey;
import io.tonearm.domain.port.QueryCache;
import io.tonearm.domain.port.Tracks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guideline vocabulary selects what the guidelines mean on the real ports and use cases. */
class ApiPredicatesTest {
    private static final JavaClasses REAL = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("io.tonearm.domain", "io.tonearm.application");

    @Test
    void singleLookups_areTheByIdReadsOfPortsAndUseCases() {
        assertThat(names(selected(ApiPredicates.areSingleLookups())))
                .contains("Tracks.findById", "Albums.findById", "Artists.findById", "TrackQueries.getTrack",
                        "AlbumQueries.getAlbum", "ArtistQueries.getArtist")
                .doesNotContain("Tracks.findByIds", "QueryCache.get", "Albums.findByArtist");
    }

    @Test
    void singleLookups_includeLookupsByOtherKeysThatReturnAnEntity() {
        JavaClasses planted = new ClassFileImporter().importClasses(
                io.tonearm.domain.port.violations.LookupsReturningEntities.class,
                io.tonearm.domain.port.compliant.CompliantTracks.class);
        List<String> lookups = names(planted.stream().flatMap(type -> type.getMethods().stream())
                .filter(ApiPredicates.arePublicApiMethods()).filter(ApiPredicates.areSingleLookups()).toList());
        assertThat(lookups).contains("LookupsReturningEntities.findByTitle", "LookupsReturningEntities.loadAlbum",
                        "LookupsReturningEntities.getCurrent", "CompliantTracks.findById")
                .doesNotContain("CompliantTracks.findByTitle", "CompliantTracks.findByArtist",
                        "CompliantTracks.findByIds", "CompliantTracks.findAll");
    }

    @Test
    void publicApiMethods_coverPortsAndPublicUseCaseInterfacesOnly() {
        List<String> api = names(REAL.stream().flatMap(type -> type.getMethods().stream())
                .filter(ApiPredicates.arePublicApiMethods()).toList());
        assertThat(api).contains("Tracks.add", "QueryCache.invalidateQueries", "ListenerLibrary.setTrackFavorite",
                        "Library.create")
                .noneMatch(name -> name.startsWith("LibraryService.") || name.startsWith("CacheKey.")
                        || name.startsWith("Track."));
    }

    @Test
    void entities_areTheDomainTypesWithATypedId() {
        assertThat(List.of(Track.class, Album.class, Artist.class)).allMatch(type -> isEntity(type));
        assertThat(List.of(TrackId.class, NewTrack.class, Page.class, MusicBrainzIds.class, CacheKey.class))
                .noneMatch(type -> isEntity(type));
    }

    @Test
    void idTypes_areTheDomainTypesNamedId() {
        assertThat(ApiPredicates.ID_TYPE.test(REAL.get(TrackId.class))).isTrue();
        assertThat(ApiPredicates.ID_TYPE.test(REAL.get(AlbumId.class))).isTrue();
        assertThat(ApiPredicates.ID_TYPE.test(REAL.get(MusicBrainzIds.class))).isFalse();
    }

    @Test
    void ports_andUseCases_areTheInterfacesOfTheirPackages() {
        assertThat(List.of(Tracks.class, Albums.class, Artists.class, QueryCache.class))
                .allMatch(type -> ApiPredicates.PORT.test(REAL.get(type)));
        assertThat(ApiPredicates.PORT.test(REAL.get(CacheKey.class))).isFalse();
        assertThat(List.of(Library.class, TrackQueries.class))
                .allMatch(type -> ApiPredicates.USE_CASE.test(REAL.get(type)));
    }

    private static boolean isEntity(Class<?> type) {
        return ApiPredicates.ENTITY.test(REAL.get(type));
    }

    private static List<JavaMethod> selected(DescribedPredicate<JavaMethod> kind) {
        return REAL.stream().flatMap(type -> type.getMethods().stream())
                .filter(ApiPredicates.arePublicApiMethods()).filter(kind).toList();
    }

    private static List<String> names(List<JavaMethod> methods) {
        return methods.stream().map(method -> method.getOwner().getSimpleName() + "." + method.getName()).toList();
    }
}
