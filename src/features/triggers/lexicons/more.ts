import type { Lexicon } from "./types";

// Smaller lists for languages outside the main ten, so an explicit ask for a person still works
// for a Dutch, Polish, Japanese, Korean, Persian, Vietnamese or Malay visitor.
export const more: Lexicon[] = [
  {
    lang: "nl",
    script: "latin",
    explicitRequest: [
      "praten|spreken|chatten|contact|verbinden|doorverbinden ~2 met ~3 medewerker*|mens|persoon|iemand|klantenservice|agent|adviseur|manager",
      "echte|echt ~1 persoon|mens|medewerker",
      "medewerker|mens|persoon ~2 spreken|praten",
    ],
    botRefusal: ["geen ~1 bot|robot|chatbot"],
    negativeStrong: ["belachelijk|schandalig|waardeloos|bagger|boos|woedend|oplichters|oplichting|schande|onacceptabel|klote"],
    positive: ["bedankt|dank_je|dankjewel|top|super|geweldig"],
  },
  {
    lang: "pl",
    script: "latin",
    explicitRequest: ["rozmawiac|porozmawiac|polaczyc|polacz|przelacz|przekierowac|kontakt ~3 konsultant*|czlowiek*|osob*|pracownik*|operator*|agent*|doradc*", "zywy|zywym|prawdziwa|prawdziwym ~1 czlowiek*|osob*|konsultant*"],
    botRefusal: ["nie ~2 bot*|robot*"],
    negativeStrong: ["skandal|zenada|beznadzieja|beznadziejny|oszusci|oszustwo|wsciekly|wsciekla|zalosne|dramat"],
    positive: ["dziekuje|dzieki|super|swietnie"],
  },
  {
    lang: "ja",
    script: "kana",
    explicitRequest: ["オペレーター|担当者|人間|有人|スタッフ|担当の方 ~4 話|繋|つな|代わ|替わ|対応|お願い", "人と ~2 話", "電話 ~2 ください|してほしい|して下さい", "折り返し"],
    botRefusal: ["ボット|ロボット|AI|自動 ~3 じゃなく|ではなく|嫌|いや"],
    negativeStrong: ["ふざけ|最悪|ひどい|酷い|怒|いい加減|詐欺|許せない"],
    positive: ["ありがとう|助かりました|素晴らしい"],
  },
  {
    lang: "ko",
    script: "hangul",
    explicitRequest: ["상담원*|상담사*|사람*|직원*|담당자*|매니저* ~3 연결*|통화*|이야기*|얘기*|대화*|바꿔*", "전화 ~2 주세요|부탁*"],
    botRefusal: ["챗봇*|봇*|로봇* ~2 말고|싫*|아니*"],
    negativeStrong: ["최악|짜증*|화가|어이없*|사기*|엉망*"],
    positive: ["감사합니다|고맙습니다|좋아요"],
  },
  {
    lang: "fa",
    script: "arabic",
    explicitRequest: ["صحبت|گفتگو|تماس|وصل ~3 *اپراتور*|*کارشناس*|*پشتیبان*|*شخص*|*آدم*|*انسان*|*همکار*|*مسئول*", "*اپراتور*|*کارشناس*|*پشتیبان*|*انسان* ~3 صحبت|وصل"],
    botRefusal: ["*ربات* ~2 نه|نمی_خواهم|نمیخوام"],
    negativeStrong: ["افتضاح|مسخره|کلاهبردار*|خیلی_بد|عصبانی"],
    positive: ["ممنون|مرسی|سپاس|عالی"],
  },
  {
    lang: "vi",
    script: "latin",
    explicitRequest: ["noi_chuyen|gap|ket_noi|chuyen|lien_he ~3 nhan_vien|nguoi_that|tu_van_vien|tong_dai_vien|nguoi|quan_ly", "nguoi_that|nhan_vien_that"],
    botRefusal: ["khong ~2 phai ~1 bot|robot|may"],
    negativeStrong: ["qua_te|te_hai|lua_dao|buc_minh|that_vong|kinh_khung"],
    positive: ["cam_on|tuyet_voi"],
  },
  {
    lang: "ms",
    script: "latin",
    explicitRequest: ["bercakap|cakap|berbual ~3 orang|ejen|staf|pegawai|wakil|manusia|khidmat_pelanggan"],
  },
];
