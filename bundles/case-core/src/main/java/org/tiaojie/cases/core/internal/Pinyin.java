package org.tiaojie.cases.core.internal;

import java.util.Locale;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Names in pinyin (拼音) as a clerk types them: toneless, lower case, ü as v, no spaces — 张三 is {@code zhangsan},
 * 吕梅 {@code lvmei}. A character with several readings takes its first (its common reading); letters and digits are
 * kept, everything else (spaces, the middle dot of a minority name) dropped.
 */
final class Pinyin {
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /** The name's pinyin key, or null for a name without any letter or character that has a reading. */
    static String of(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && Character.isBmpCodePoint(c)) {
                String[] readings;
                try {
                    readings = PinyinHelper.toHanyuPinyinStringArray((char) c, FORMAT);
                } catch (BadHanyuPinyinOutputFormatCombination e) {
                    throw new IllegalStateException("the pinyin format is fixed", e);
                }
                if (readings != null && readings.length > 0) {
                    key.append(readings[0]);
                }
            } else if (Character.isLetterOrDigit(c) && c < 0x80) {
                key.append(Character.toLowerCase((char) c));
            }
        }
        return key.length() == 0 ? null : key.toString();
    }

    /** The key as the column {@code NAME_PINYIN} keeps it (at most 200 characters). */
    static String column(String name) {
        String key = of(name);
        return key == null || key.length() <= 200 ? key : key.substring(0, 200);
    }

    /** Whether the text holds a Chinese character (then a name is searched as written, not in pinyin). */
    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** What a clerk typed in pinyin, as a key: "Zhang San" and "zhangsan" are the same search. */
    static String typed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").replace("ü", "v");
    }
}
