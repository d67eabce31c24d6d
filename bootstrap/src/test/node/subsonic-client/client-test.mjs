// Drives a running Tonearm with the third-party Subsonic client library `subsonic-api`, as an app would.
// Run by SubsonicClientLibraryTest (bootstrap), which starts Tonearm, scans one file and sets:
//   TONEARM_URL                the server's base URL
//   TONEARM_USER               a user name, TONEARM_SUBSONIC_PASSWORD their Subsonic password
//   TONEARM_API_KEY            an API token of the same user
//   TONEARM_SONG_FILE          the scanned file; TONEARM_TITLE, TONEARM_ARTIST, TONEARM_ALBUM its tags
// Prints one line per step; exits 1 with the failing step and what was answered on the first failure.
import { readFile } from "node:fs/promises";
import { SubsonicAPI } from "subsonic-api";

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`the environment variable ${name} is not set`);
  }
  return value;
};

const url = env("TONEARM_URL");
const user = env("TONEARM_USER");
const password = env("TONEARM_SUBSONIC_PASSWORD");
const title = env("TONEARM_TITLE");
const artistName = env("TONEARM_ARTIST");
const albumName = env("TONEARM_ALBUM");

let step = "start";
const check = (condition, what, answer) => {
  if (!condition) {
    throw new Error(`${what}; answered: ${JSON.stringify(answer)?.slice(0, 2000)}`);
  }
};
const ok = (answer, what) => {
  check(answer && answer.status === "ok", `${what} did not answer status ok`, answer);
  check(answer.openSubsonic === true && answer.type === "tonearm", `${what} is not Tonearm's envelope`, answer);
  return answer;
};
const run = async (name, body) => {
  step = name;
  await body();
  console.log(`ok   ${name}`);
};

const byToken = new SubsonicAPI({ url, auth: { username: user, password } });
const byApiKey = new SubsonicAPI({ url, auth: { apiKey: env("TONEARM_API_KEY") } });
const byPost = new SubsonicAPI({ url, auth: { username: user, password }, post: true });
const wrong = new SubsonicAPI({ url, auth: { username: user, password: "not-the-password" } });

try {
  await run("ping by salted token", async () => ok(await byToken.ping(), "ping"));
  await run("ping by apiKey", async () => ok(await byApiKey.ping(), "ping"));
  await run("ping by form POST", async () => ok(await byPost.ping(), "ping"));
  await run("a wrong password is error 40", async () => {
    const answer = await wrong.ping();
    check(answer.status === "failed" && answer.error?.code === 40, "expected error 40", answer);
  });
  await run("getOpenSubsonicExtensions", async () => {
    const answer = ok(await byToken.getOpenSubsonicExtensions(), "getOpenSubsonicExtensions");
    const names = (answer.openSubsonicExtensions ?? []).map((extension) => extension.name);
    check(names.includes("apiKeyAuthentication") && names.includes("formPost"), "extensions missing", answer);
  });

  let artist;
  let album;
  let song;
  await run("browse getArtists -> getArtist -> getAlbum", async () => {
    const artists = ok(await byToken.getArtists(), "getArtists");
    artist = (artists.artists?.index ?? []).flatMap((index) => index.artist ?? [])
      .find((candidate) => candidate.name === artistName);
    check(artist, `no artist ${artistName} in getArtists`, artists);
    const withAlbums = ok(await byToken.getArtist({ id: artist.id }), "getArtist");
    album = (withAlbums.artist?.album ?? []).find((candidate) => candidate.name === albumName);
    check(album, `no album ${albumName} in getArtist`, withAlbums);
    const withSongs = ok(await byApiKey.getAlbum({ id: album.id }), "getAlbum");
    song = (withSongs.album?.song ?? []).find((candidate) => candidate.title === title);
    check(song, `no song ${title} in getAlbum`, withSongs);
    check(song.artist === artistName && song.albumId === album.id && song.duration > 0, "song fields", song);
  });

  await run("search3 by a word and with an empty query", async () => {
    const found = ok(await byToken.search3({ query: title.slice(0, 3) }), "search3");
    check((found.searchResult3?.song ?? []).some((candidate) => candidate.id === song.id), "song not found", found);
    const everything = ok(await byToken.search3({ query: "", songCount: 500, albumCount: 500, artistCount: 500 }),
      "search3 ''");
    check((everything.searchResult3?.song ?? []).some((candidate) => candidate.id === song.id)
      && (everything.searchResult3?.album ?? []).some((candidate) => candidate.id === album.id)
      && (everything.searchResult3?.artist ?? []).some((candidate) => candidate.id === artist.id),
    "the empty query does not list everything", everything);
  });

  await run("star -> getStarred2 -> unstar", async () => {
    ok(await byToken.star({ id: song.id }), "star");
    const starred = ok(await byToken.getStarred2(), "getStarred2");
    check((starred.starred2?.song ?? []).some((candidate) => candidate.id === song.id), "not starred", starred);
    ok(await byToken.unstar({ id: song.id }), "unstar");
    const after = ok(await byToken.getStarred2(), "getStarred2");
    check(!(after.starred2?.song ?? []).some((candidate) => candidate.id === song.id), "still starred", after);
  });

  await run("scrobble -> playCount, getTopSongs", async () => {
    const before = ok(await byToken.getSong({ id: song.id }), "getSong").song.playCount ?? 0;
    ok(await byToken.scrobble({ id: song.id, submission: true }), "scrobble");
    const after = ok(await byToken.getSong({ id: song.id }), "getSong").song.playCount;
    check(after === before + 1, `playCount ${before} -> ${after}`, after);
    const top = ok(await byToken.getTopSongs({ artist: artistName }), "getTopSongs");
    check((top.topSongs?.song ?? []).some((candidate) => candidate.id === song.id), "not in top songs", top);
  });

  await run("getArtistInfo2, getAlbumInfo2, getSimilarSongs2", async () => {
    const artistInfo = ok(await byToken.getArtistInfo2({ id: artist.id }), "getArtistInfo2");
    check(artistInfo.artistInfo2 && Array.isArray(artistInfo.artistInfo2.similarArtist ?? []), "artistInfo2",
      artistInfo);
    const albumInfo = ok(await byToken.getAlbumInfo2({ id: album.id }), "getAlbumInfo2");
    check(albumInfo.albumInfo, "albumInfo", albumInfo);
    const similar = ok(await byToken.getSimilarSongs2({ id: song.id }), "getSimilarSongs2");
    check(Array.isArray(similar.similarSongs2?.song), "similarSongs2.song is not a list", similar);
  });

  await run("createPlaylist -> getPlaylist -> deletePlaylist", async () => {
    const created = ok(await byToken.createPlaylist({ name: "From subsonic-api", songId: [song.id, song.id] }),
      "createPlaylist");
    const id = created.playlist?.id;
    check(id && created.playlist.songCount === 2, "created playlist", created);
    const read = ok(await byApiKey.getPlaylist({ id }), "getPlaylist");
    check((read.playlist?.entry ?? []).filter((entry) => entry.id === song.id).length === 2, "entries", read);
    const listed = ok(await byToken.getPlaylists(), "getPlaylists");
    check((listed.playlists?.playlist ?? []).some((playlist) => playlist.id === id), "not listed", listed);
    ok(await byToken.deletePlaylist({ id }), "deletePlaylist");
    const gone = await byToken.getPlaylist({ id });
    check(gone.status === "failed" && gone.error?.code === 70, "a deleted playlist is error 70", gone);
  });

  await run("stream: the bytes equal the file", async () => {
    const file = await readFile(env("TONEARM_SONG_FILE"));
    for (const client of [byToken, byApiKey]) {
      const response = await client.stream({ id: song.id });
      check(response.status === 200, `stream answered HTTP ${response.status}`, response.headers.get("content-type"));
      const bytes = Buffer.from(await response.arrayBuffer());
      check(bytes.equals(file), `stream sent ${bytes.length} bytes that differ from the file's ${file.length}`, null);
    }
  });
  console.log("subsonic-api: every step passed");
} catch (error) {
  console.error(`FAILED at step "${step}": ${error?.stack ?? error}`);
  process.exit(1);
}
