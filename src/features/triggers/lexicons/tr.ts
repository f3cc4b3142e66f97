import type { Lexicon } from "./types";

// Turkish is agglutinative: "temsilcisine bağlanmak", "yetkiliyle görüşmek" — stems with `*`, verbs last.
const KISI = "kisi*|insan|insanla|insana|insanlarla|temsilci*|yetkili*|operator*|calisan*|personel*|biri|biriyle|birine|birisi*|birileri*|mudur*|yonetici*|canli_deste*|musteri_hizmetleri*|musteri_temsilci*|destek_ekib*|danisman*|uzman*|satis_ekib*|ekibiniz*|sorumlu*|gercek_kisi*|gercek_biri*|cagri_merkez*";
const FIIL = "konus*|gorus*|baglan*|bagla*|aktar*|yonlendir*|iletisim*|ulas*|yazis*";

export const tr: Lexicon = {
  lang: "tr",
  script: "latin",
  explicitRequest: [
    `${KISI} ~3 ${FIIL}`,
    `${FIIL} ~2 ${KISI}`,
    "gercek|canli ~1 kisi*|insan*|biri*|temsilci*|deste*|operator*",
    "beni ~3 arayin|arayabilir|geri_donun|geri_donus",
    `${KISI} ~2 var_mi|musait|uygun|cevrimici`,
    "^ [musteri] temsilcisi|yetkili|operator|canli_deste*|insan [lutfen|acil] $",
    `${KISI} ~2 istiyorum|isterim|lutfen|verin|bagla`,
  ],
  botRefusal: ["bot|robot|makine|yapay_zeka ~2 degil|istemiyorum|olmasin", "botla|robotla|makineyle ~2 degil|konusmak_istemiyorum"],
  explicitExclude: ["insan kaynak*|hak*|sac*", "seyahat_acente*|emlak*|sigorta_acente*", "kisi basi|basina"],
  negativeStrong: ["rezalet|rezil|berbat|skandal|sacma|sacmalik|kabul_edilemez|utanc|ayip|yaziklar_olsun|dolandirici*|dolandiricilik|hirsiz*|bikt*|bikmis|sinir_bozucu|sinirlendim|sinirliyim|cildirt*|cildir*|igrenc|felaket|rezilsiniz|en_kotu|ne_bicim|ne_bicim|bu_ne_bicim|maskara|maskaralik|yeter_artik|yeter"],
  negativeMild: ["hala|halen ~2 yok|gelmedi|olmadi|bekliyorum", "kimse ~2 donmuyor|cevap|ilgilenmiyor|aramadi", "hayal_kirikligi|memnun_degilim|uzgunum|offf|offff"],
  swearing: ["amk|aq|siktir|kahretsin|allah_kahretsin|bok|boktan|salak|aptal|gerizekali"],
  threat: ["sikayet ~2 edecegim|ederim|sikayetvar|tuketici_hakem*|cimer", "avukat*|dava|mahkeme", "bir daha ~2 almam|almayacagim|kullanmam"],
  sarcasm: ["eline_saglik|cok_sagolun", "tesekkurler ~1 hic|yine", "harika|super|muhtesem ~1 yine|bir_daha|gene"],
  sarcasmIfNegative: ["tebrikler|bravo|aferin|helal_olsun"],
  positive: ["tesekkur*|sagol*|harika|super|mukemmel|cok_guzel|memnun|sevindim|bayildim|cozuldu|tamamdir"],
  sensitive: {
    legal: ["avukat*|dava|davaci|mahkeme*|tuketici_hakem*|savcilik|polis|polise|polisi|polisten|yasal_islem|hukuki"],
    fraud: ["dolandir*|sahte|calindi|calinmis|caldilar|hirsiz*|kopyalan*|oltalama|phishing"],
    account_security: ["hacklen*|hack*|ele_gecir*", "hesabim ~3 girilmis|girildi|calindi", "biri ~4 sifre*|hesab* ~2 degistir*|girmis|girdi"],
    unauthorised_charge: ["izinsiz|iznim_olmadan|bilgim_disinda|haberim_olmadan|onayim_olmadan", "iki_kez|iki_defa|mukerrer ~2 cekil*|odeme|tahsil*|ucret*", "tanimadigim ~2 islem|harcama|odeme", "itiraz ~2 harcama|islem|odeme"],
    data_deletion: ["verileri*|bilgileri* ~3 sil*|silinmesi*|kaldir*", "kvkk|kisisel_veri*"],
    emergency: ["zehirlen*|yuttu|yutmus|nefes_alamiyor|bayildi|bilinci_kapali|kanama|kaniyor|yaralandi|yaralanma|yandi|yanik|alev_aldi|yangin|kivilcim|patladi|patlama|elektrik_carpti|gaz_kacagi|intihar|hastane|ambulans|acil_servis"],
    harassment: ["taciz*|tehdit*|ayrimcilik|irkci|rahatsiz_edici|sarkinti*"],
    money_action: ["iade ~3 istiyorum|edin|edilsin|edilmedi|yapilmadi|bekliyorum|talep|parami", "paramı|paranin|param ~2 iade|geri|yatmadi|gelmedi|nerede", "para_iadesi|ucret_iadesi|geri_odeme", "cekim|yatirim|havale|transfer|odeme ~3 beklemede|gelmedi|yansimadi|takildi"],
  },
  moneySpecific: ["siparis*|fatura*|rezervasyon* ~2 #", "siparisim|siparisimin|odemem|odememi|faturam|rezervasyonum|aboneligim|param|parami|ucret*|tutar*|cekil*|tahsil*", "odedim|cektiniz|tahsil_ettiniz"],
  policyQuestion: ["politika*|kosul*|sartlar*", "nasil|ne_kadar|kac_gun|kac_gun", "mi|mu|mı|mü $"],
  sensitiveExclude: ["korun*|onlem* ~3 dolandir*|sahte"],
  highValue: {
    enterprise_pricing: ["kurumsal|ozel|toplu ~1 fiyat*|teklif*|paket*|anlasma*|indirim*|lisans*", "fiyat_teklifi|kurumsal_satis|toplu_alim*|toplu_siparis*"],
    demo: ["demo*|tanitim ~3 talep*|istiyoruz|rica|ayarla*|gorebilir|planla*"],
    quote: ["teklif ~2 al*|ist*|rica|gonder*|hazirla*|verebilir"],
    volume: ["toptan|toplu|adetli|yuksek_adet*|kurumsal_etkinlik"],
    partnership: ["bayilik|bayi|distributor*|is_birligi|isbirligi|ortaklik|franchise|sponsor*"],
    viewing: ["daire*|evi|evin|evleri|evinizi|villa*|mulk*|ofis* ~3 gormek|gezmek|yerinde|randevu", "yer_gosterme|yerinde_gorme"],
  },
  quantityUnits: ["adet|tane|kisi|kisilik|lisans|kullanici|calisan|personel|oda|bilgisayar|sise|magaza|sube|okul|klinik|arac"],
  purchaseIntent: ["istiyoruz|ihtiyacimiz|almak|satin|siparis_vermek|fiyat|teklif|sirketimiz|firmamiz|icin"],
  answerComplaint: ["ayni ~2 cevab*|yanit*|seyi", "bunu ~1 biliyorum|zaten_biliyorum", "sorum ~2 bu_degil|degildi", "bunu ~1 sormadim", "cevap ~2 vermediniz|vermiyorsunuz", "yardimci_olmadi|ise_yaramadi|anlamadiniz|anlamiyorsunuz", "zaten ~2 sordum|soyledim|denedim", "demek_istedigim|kastettigim"],
  newTopic: ["peki_ya|bir_de|baska_bir_soru|ayrica"],
  staffOnly: ["siparisim*|hesabim*|faturam*|rezervasyonum*|aboneligim*|odemem*|kargom*|basvurum*|randevum*"],
  giveUp: ["bosver|bos_ver|onemli_degil|tesekkurler_yine_de|gorusuruz|hosca_kal"],
  problem: ["calismiyor|acilmiyor|yuklenmiyor|gelmedi|ulasmadi|hata|arizali|ariza|bozuk|kirik|hasarli|sorun|problem|yanlis|eksik|kayip|gecikme|gecikti|takildi|coktu|kargoya_verilmedi", "hala|halen ~3 yok|gelmedi|verilmedi|olmadi"],
  smallTalk: ["^ [merhaba|selam|iyi_gunler|gunaydin|iyi_aksamlar] $", "^ [tamam] [tesekkurler|sagolun] $"],
  stopwords: ["ve veya ama bir bu su o ben sen siz biz mi mu mı mü de da ile icin gibi cok daha ne nasil neden nerede zaman kac var yok mi lutfen tesekkurler merhaba tamam"],
};
