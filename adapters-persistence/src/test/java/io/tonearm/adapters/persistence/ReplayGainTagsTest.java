package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.ArtistSeparators;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.ReplayGain;
import io.tonearm.domain.ScannedTrack;
import io.tonearm.domain.TagReading;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.mp3.MP3File;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.id3.AbstractID3v2Frame;
import org.jaudiotagger.tag.id3.AbstractID3v2Tag;
import org.jaudiotagger.tag.id3.Id3SupportingTag;
import org.jaudiotagger.tag.id3.framebody.FrameBodyTXXX;
import org.jaudiotagger.tag.mp4.Mp4Tag;
import org.jaudiotagger.tag.mp4.field.Mp4TagReverseDnsField;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentCreator;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ReplayGain as taggers store it in each format, read by a scan; a value that is no gain is left out. */
class ReplayGainTagsTest {
    private static final ReplayGain EXPECTED = new ReplayGain(-6.54, 0.988547, -7.2, 1.0);

    @TempDir
    Path dir;

    private final JaudiotaggerAudioFiles files = new JaudiotaggerAudioFiles(ArtistSeparators.DEFAULT);

    @Test
    void aFlacFile_givesItsVorbisCommentReplayGain() throws Exception {
        Path file = tagged(TestCorpus.Kind.FLAC, "a.flac");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("REPLAYGAIN_TRACK_GAIN", "-6.54 dB");
        fields.put("REPLAYGAIN_TRACK_PEAK", "0.988547");
        fields.put("replaygain_album_gain", "-7.20 dB");
        fields.put("REPLAYGAIN_ALBUM_PEAK", "1.000000");
        TestCorpus.addVorbisComments(file, fields);

        assertThat(read(file).replayGain()).isEqualTo(EXPECTED);
    }

    @Test
    void anOggVorbisFile_givesItsVorbisCommentReplayGain() throws Exception {
        Path file = tagged(TestCorpus.Kind.OGG_VORBIS, "a.ogg");
        org.jaudiotagger.audio.AudioFile audio = AudioFileIO.read(file.toFile());
        VorbisCommentTag tag = (VorbisCommentTag) audio.getTag();
        tag.setField("REPLAYGAIN_TRACK_GAIN", "-6.54 dB");
        tag.setField("REPLAYGAIN_TRACK_PEAK", "0.988547");
        tag.setField("REPLAYGAIN_ALBUM_GAIN", "-7.2 dB");
        tag.setField("REPLAYGAIN_ALBUM_PEAK", "1");
        audio.commit();

        assertThat(read(file).replayGain()).isEqualTo(EXPECTED);
    }

    @Test
    void anMp3FileWithId3v24_givesItsTxxxFramesReplayGain_whateverTheCaseOfTheirDescription() throws Exception {
        assertThat(read(mp3(TestCorpus.Kind.MP3_ID3V24, "a24.mp3")).replayGain()).isEqualTo(EXPECTED);
    }

    @Test
    void anMp3FileWithId3v23_givesItsTxxxFramesReplayGain() throws Exception {
        assertThat(read(mp3(TestCorpus.Kind.MP3_ID3V23, "a23.mp3")).replayGain()).isEqualTo(EXPECTED);
    }

    @Test
    void aWavFileAndAnAiffFile_giveTheTxxxFramesOfTheirId3Chunk() throws Exception {
        assertThat(read(id3Chunk(TestCorpus.Kind.WAV, "a.wav")).replayGain()).isEqualTo(EXPECTED);
        assertThat(read(id3Chunk(TestCorpus.Kind.AIFF, "a.aiff")).replayGain()).isEqualTo(EXPECTED);
    }

    @Test
    void anM4aFile_givesItsITunesFreeformReplayGain() throws Exception {
        Path file = tagged(TestCorpus.Kind.M4A_AAC, "a.m4a");
        org.jaudiotagger.audio.AudioFile audio = AudioFileIO.read(file.toFile());
        Mp4Tag tag = (Mp4Tag) audio.getTag();
        freeform(tag, "replaygain_track_gain", "-6.54 dB");
        freeform(tag, "replaygain_track_peak", "0.988547");
        freeform(tag, "REPLAYGAIN_ALBUM_GAIN", "-7.20 dB");
        freeform(tag, "replaygain_album_peak", "1.000000");
        audio.commit();

        assertThat(read(file).replayGain()).isEqualTo(EXPECTED);
    }

    @Test
    void anOpusFile_givesItsR128Gains_turnedIntoReplayGainDecibels() throws Exception {
        Path file = dir.resolve("a.opus");
        TestCorpus.write(TestCorpus.Kind.OPUS, file, TestCorpus.Tags.none());
        VorbisCommentTag tag = VorbisCommentTag.createNewTag();
        tag.setField(FieldKey.TITLE, "Opus");
        tag.setField("R128_TRACK_GAIN", "-2970"); // -11.6 dB to -23 LUFS, so -6.6 dB to ReplayGain's -18 LUFS
        tag.setField("R128_ALBUM_GAIN", "256");
        ByteBuffer comments = new VorbisCommentCreator().convertMetadata(tag, false);
        byte[] bytes = new byte[comments.remaining()];
        comments.get(bytes);
        Path temp = dir.resolve("a.opus.tmp");
        OggOpusFile.rewrite(file, temp, bytes);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);

        ReplayGain gain = read(file).replayGain();

        assertThat(gain.trackGain()).isCloseTo(-2970 / 256.0 + 5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(gain.albumGain()).isEqualTo(6.0);
        assertThat(gain.trackPeak()).isNull();
        assertThat(gain.albumPeak()).isNull();
    }

    @Test
    void anUntaggedFile_hasNone() throws Exception {
        assertThat(read(tagged(TestCorpus.Kind.FLAC, "plain.flac")).replayGain()).isEqualTo(ReplayGain.NONE);
        assertThat(TrackTags.replayGain(null)).isEqualTo(ReplayGain.NONE);
    }

    @Test
    void valuesAsTaggersWriteThem_areRead() {
        assertThat(gainOf("REPLAYGAIN_TRACK_GAIN", "+1.2 dB").trackGain()).isEqualTo(1.2);
        assertThat(gainOf("REPLAYGAIN_TRACK_GAIN", "-6.54dB").trackGain()).isEqualTo(-6.54);
        assertThat(gainOf("REPLAYGAIN_TRACK_GAIN", "  -6.54 DB ").trackGain()).isEqualTo(-6.54);
        assertThat(gainOf("REPLAYGAIN_TRACK_GAIN", "3").trackGain()).isEqualTo(3.0);
        assertThat(gainOf("REPLAYGAIN_TRACK_GAIN", "-0,5 dB").trackGain()).as("a decimal comma").isEqualTo(-0.5);
        assertThat(gainOf("REPLAYGAIN_ALBUM_PEAK", ".75").albumPeak()).isEqualTo(0.75);
        assertThat(gainOf("REPLAYGAIN_TRACK_PEAK", "1.2").trackPeak()).as("a clipped float file").isEqualTo(1.2);
    }

    @Test
    void badValues_areLeftOut_andTheGoodOnesKept() {
        VorbisCommentTag tag = VorbisCommentTag.createNewTag();
        try {
            tag.setField("REPLAYGAIN_TRACK_GAIN", "loud");
            tag.setField("REPLAYGAIN_TRACK_PEAK", "-0.5");
            tag.setField("REPLAYGAIN_ALBUM_GAIN", "-99 dB");
            tag.setField("REPLAYGAIN_ALBUM_PEAK", "0.9");
            tag.setField("R128_ALBUM_GAIN", "-4.5");
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertThat(TrackTags.replayGain(tag)).isEqualTo(new ReplayGain(null, null, null, 0.9));
        for (String bad : new String[] {"", "dB", "1e3", "NaN", "Infinity", "1.2.3", "- 3 dB", "0x10", "12 LUFS"}) {
            assertThat(gainOf("REPLAYGAIN_TRACK_GAIN", bad)).as(bad).isEqualTo(ReplayGain.NONE);
        }
        assertThat(gainOf("REPLAYGAIN_TRACK_PEAK", "17")).isEqualTo(ReplayGain.NONE);
        assertThat(gainOf("R128_TRACK_GAIN", "99999")).as("out of range once converted").isEqualTo(ReplayGain.NONE);
    }

    @Test
    void anEmptyField_doesNotHideALaterOneOfTheSameName() {
        VorbisCommentTag tag = VorbisCommentTag.createNewTag();
        try {
            tag.addField("REPLAYGAIN_TRACK_GAIN", " ");
            tag.addField("REPLAYGAIN_TRACK_GAIN", "-2.5 dB");
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertThat(TrackTags.replayGain(tag).trackGain()).isEqualTo(-2.5);
    }

    @Test
    void aReplayGainGain_winsOverAnR128One() {
        VorbisCommentTag tag = VorbisCommentTag.createNewTag();
        try {
            tag.setField("R128_TRACK_GAIN", "0");
            tag.setField("REPLAYGAIN_TRACK_GAIN", "-1 dB");
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertThat(TrackTags.replayGain(tag).trackGain()).isEqualTo(-1.0);
    }

    private static ReplayGain gainOf(String key, String value) {
        VorbisCommentTag tag = VorbisCommentTag.createNewTag();
        try {
            tag.setField(key, value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return TrackTags.replayGain(tag);
    }

    private Path mp3(TestCorpus.Kind kind, String name) throws Exception {
        Path file = tagged(kind, name);
        MP3File audio = (MP3File) AudioFileIO.read(file.toFile());
        AbstractID3v2Tag tag = audio.getID3v2Tag();
        txxx(tag, "REPLAYGAIN_TRACK_GAIN", "-6.54 dB");
        txxx(tag, "replaygain_track_peak", "0.988547");
        txxx(tag, "ReplayGain_Album_Gain", "-7.20 dB");
        txxx(tag, "REPLAYGAIN_ALBUM_PEAK", "1.000000");
        audio.commit();
        return file;
    }

    private Path id3Chunk(TestCorpus.Kind kind, String name) throws Exception {
        Path file = tagged(kind, name);
        org.jaudiotagger.audio.AudioFile audio = AudioFileIO.read(file.toFile());
        AbstractID3v2Tag tag = ((Id3SupportingTag) audio.getTag()).getID3Tag();
        txxx(tag, "REPLAYGAIN_TRACK_GAIN", "-6.54 dB");
        txxx(tag, "REPLAYGAIN_TRACK_PEAK", "0.988547");
        txxx(tag, "REPLAYGAIN_ALBUM_GAIN", "-7.20 dB");
        txxx(tag, "REPLAYGAIN_ALBUM_PEAK", "1.000000");
        audio.commit();
        return file;
    }

    private static void txxx(AbstractID3v2Tag tag, String description, String value) throws Exception {
        AbstractID3v2Frame frame = tag.createFrame("TXXX");
        frame.setBody(new FrameBodyTXXX((byte) 0, description, value));
        tag.addField(frame);
    }

    private static void freeform(Tag tag, String name, String value) throws Exception {
        tag.addField(new Mp4TagReverseDnsField("----:com.apple.iTunes:" + name, "com.apple.iTunes", name, value));
    }

    private Path tagged(TestCorpus.Kind kind, String name) throws IOException {
        Path file = dir.resolve(name);
        TestCorpus.write(kind, file, TestCorpus.Tags.basic("Title", "Artist", "Album"));
        return file;
    }

    private NewTrack read(Path file) throws IOException {
        TagReading reading = files.read(new AudioFile(file.toString(), Files.size(file),
                Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MILLIS)));
        assertThat(reading).isInstanceOf(ScannedTrack.class);
        return ((ScannedTrack) reading).track();
    }
}
