package io.tonearm.adapters.http.subsonic;

import io.tonearm.adapters.http.subsonic.SubsonicMethod.Entry;
import io.tonearm.adapters.http.subsonic.SubsonicMethod.Need;
import io.tonearm.application.scanning.LibraryScans;
import io.tonearm.application.scanning.ScanAlreadyRunningException;
import io.tonearm.application.scanning.ScanRequest;
import io.tonearm.application.scanning.ScanStatus;
import io.tonearm.application.users.Accounts;
import io.tonearm.application.users.Caller;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserName;
import io.tonearm.domain.InvalidValueException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The system methods (ping, getLicense, getOpenSubsonicExtensions, getScanStatus, startScan) and the user's own
 * account (getUser, getUsers).
 */
final class SystemMethods {
    /** The OpenSubsonic extensions implemented, each with its versions. */
    static final Map<String, Integer> EXTENSIONS = Map.of("formPost", 1, "apiKeyAuthentication", 1,
            "transcodeOffset", 1, "songLyrics", 1);

    private final LibraryScans scans;
    private final Accounts accounts;

    @Inject
    SystemMethods(LibraryScans scans, Accounts accounts) {
        this.scans = scans;
        this.accounts = accounts;
    }

    void addTo(Map<String, Entry> methods) {
        methods.put("ping", new Entry(Need.USER, call -> Element.fragment()));
        methods.put("getLicense", new Entry(Need.USER, call -> Element.fragment(Element.of("license")
                .attr("valid", true))));
        methods.put("getOpenSubsonicExtensions", new Entry(Need.NOBODY, call -> extensions()));
        methods.put("getScanStatus", new Entry(Need.USER, call -> Element.fragment(
                scanStatus(scans.getRunningScan()))));
        methods.put("startScan", new Entry(Need.ADMIN, call -> startScan()));
        methods.put("getUser", new Entry(Need.USER, this::user));
        methods.put("getUsers", new Entry(Need.ADMIN, call -> Element.fragment(Element.of("users").addList("user",
                accounts.getUsers().stream().map(SystemMethods::user).toList()))));
    }

    private static Element extensions() {
        return Element.fragment().addList("openSubsonicExtensions", EXTENSIONS.entrySet().stream().sorted(
                Map.Entry.comparingByKey()).map(extension -> Element.of("openSubsonicExtensions")
                .attr("name", extension.getKey())
                .addList("versions", List.of(Element.value("versions", extension.getValue())))).toList());
    }

    private Element startScan() {
        ScanStatus status;
        try {
            status = scans.startScan(ScanRequest.of(scans.libraryRoots().get(0)));
        } catch (ScanAlreadyRunningException e) {
            return Element.fragment(scanStatus(scans.getRunningScan()));
        }
        return Element.fragment(scanStatus(Optional.of(status)));
    }

    private static Element scanStatus(Optional<ScanStatus> running) {
        return Element.of("scanStatus").attr("scanning", running.isPresent())
                .attr("count", running.map(status -> status.progress().counts().found()).orElse(0L));
    }

    private Element user(SubsonicCall call) {
        Caller caller = call.caller();
        String name = call.params().optional("username");
        if (name == null || name.equalsIgnoreCase(caller.name().value())) {
            return Element.fragment(user(accounts.getUser(caller.id())
                    .orElseThrow(() -> SubsonicError.notFound("user"))));
        }
        if (!caller.admin()) {
            throw new SubsonicError(SubsonicError.NOT_AUTHORIZED, caller.name() + " may only read their own user");
        }
        UserName wanted;
        try {
            wanted = UserName.of(name);
        } catch (InvalidValueException e) {
            throw SubsonicError.notFound("user " + SubsonicParams.shorten(name));
        }
        return Element.fragment(user(accounts.findUserByName(wanted)
                .orElseThrow(() -> SubsonicError.notFound("user " + SubsonicParams.shorten(name)))));
    }

    private static Element user(User user) {
        return Element.of("user").attr("username", user.name().value()).attr("scrobblingEnabled", true)
                .attr("adminRole", user.admin()).attr("settingsRole", false).attr("downloadRole", true)
                .attr("uploadRole", false).attr("playlistRole", true).attr("coverArtRole", false)
                .attr("commentRole", false).attr("podcastRole", false).attr("streamRole", true)
                .attr("jukeboxRole", false).attr("shareRole", false).attr("videoConversionRole", false)
                .addList("folder", List.of(Element.value("folder", 1)));
    }
}
