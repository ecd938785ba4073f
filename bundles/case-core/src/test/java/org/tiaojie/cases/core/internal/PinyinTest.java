package org.tiaojie.cases.core.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PinyinTest {
    @Test
    void aNameIsKeptTonelessLowerCaseWithoutSpaces() {
        assertEquals("zhangsan", Pinyin.of("张三"));
        assertEquals("lvmei", Pinyin.of("吕梅"), "ü is written v, as on a keyboard");
        assertEquals("maimaitiaili", Pinyin.of("买买提·艾力"), "the middle dot of a minority name is dropped");
        assertEquals("wangxiaoer2", Pinyin.of("王小二2"));
    }

    @Test
    void whatAClerkTypesIsTheSameKey() {
        assertEquals("zhangsan", Pinyin.typed("Zhang San"));
        assertEquals("zhangsan", Pinyin.typed(" zhang-san "));
        assertTrue(Pinyin.hasHan("张san"));
        assertFalse(Pinyin.hasHan("zhang san"));
    }

    @Test
    void aNameWithoutAReadingHasNoKey() {
        assertNull(Pinyin.of("·"));
        assertNull(Pinyin.of(null));
        assertEquals(200, Pinyin.column("张".repeat(50)).length(), "kept within the column");
    }
}
