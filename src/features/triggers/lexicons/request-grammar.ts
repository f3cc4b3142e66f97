// Word classes for composed requests ("can a human review my ticket", "quisiera que un gestor me
// llamara"): a person word, an action a person would take, and a wish or modal, close together in one
// clause. `*` marks a stem (inflections vary); other entries are whole words after normalizeText.

export interface RequestGrammar {
  /** People: generic (human, someone) and roles (technician, vet). Departments are left to the frames. */
  person: string;
  /** What the person should do: talk, call, review, help, transfer, sort out. */
  action: string;
  /** A wish, a modal or politeness: can, would like, please, prefer, rather. */
  wish: string;
  /** Negations that cancel a nearby wish or action ("I don't need anyone to call"). */
  negation: string;
  /** Possessives: "my manager" is not the company's manager. */
  possessive: string;
}

export const REQUEST_GRAMMAR: Record<string, RequestGrammar> = {
  en: {
    person: "human humans person someone somebody anyone anybody agent* rep reps representative* operator* manager* supervisor* staff staffer* employee* advisor* adviser* specialist* consultant* expert* technician* engineer* mechanic* doctor* nurse* vet vets dentist* pharmacist* therapist* trainer* coach* instructor* teacher* tutor* lawyer* solicitor* accountant* broker* banker* handler* planner* coordinator* receptionist* concierge stylist* barber* designer* surveyor* inspector* landlord* owner* director* installer* fitter* plumber* electrician* officer* clerk* administrator* admin",
    action: "talk* speak* spoke chat* call* ring ringing phone phoned phoning contact* reach* email* text texted texting escalat* discuss* sort sorted sorting deal dealt dealing handle handled handling review* help* assist* look check checked checking fix* answer* reply* respond* explain* advis* walk meet* callback",
    wish: "can could would please pls plz want wanna need needs like prefer rather let get have ask possible able",
    negation: "not no never without nobody",
    possessive: "my our his her their",
  },
  es: {
    person: "humano humana humanos agente* asesor* gestor* operador* representante* encargad* gerente* supervisor* responsable* alguien empleado* tecnico* tecnica* medico* doctor* especialista* experto* abogado* comercial* vendedor* recepcionista* profesor* mecanico* farmaceutic* veterinari* jefe* director*",
    action: "habl* llam* contact* comunic* atiend* atend* ayud* revis* resolv* solucion* explic* pas* transfer* deriv* conect* escrib* charl* convers* mir* devuelv* encarg*",
    wish: "puedo puede pueden podria podrian podeis podriais quiero quisiera necesito prefiero gustaria favor porfa hay seria exijo pido deseo",
    negation: "no nunca sin nadie",
    possessive: "mi mis nuestro nuestra nuestros",
  },
  fr: {
    person: "humain humaine humains conseill* agent* operat* responsable* quelqu interlocut* technicien* medecin* docteur* expert* specialist* vendeu* commercial* employe* gerant* directeur* manager* avocat* receptionn*",
    action: "parl* appel* rappel* contact* joind* aid* assist* discut* echang* transfer* pass* mett* repond* expliqu* regard* verifi* occup* trait* recontact*",
    wish: "peux peut pouvez pourrais pourriez pourrait voudrais veux voulez souhaite souhaiterais aimerais besoin prefere preferer plait svp possible",
    negation: "ne pas jamais sans personne",
    possessive: "mon ma mes notre nos",
  },
  de: {
    person: "mensch* person* mitarbeiter* berater* agent* jemand* techniker* ansprechpartner* sachbearbeiter* kundenberater* vorgesetzt* chef* manager* arzt ärztin tierarzt experte* spezialist* fachmann verkäufer* anwalt* filialleiter*",
    action: "sprech* sprich* red* telefonier* anruf* ruf* zurückruf* kontaktier* verbind* weiterleit* durchstell* helf* hilf* berat* prüf* schau* kümmer* meld* antwort* erklär*",
    wish: "kann könnte können könnten möchte möchten will wollen würde würden brauche bräuchte benötige hätte gerne gern bitte lieber gibt",
    negation: "nicht kein keine keinen nie niemand",
    possessive: "mein meine meinen meinem unser unsere unseren",
  },
  pt: {
    person: "pessoa humano* atendente* agente* operador* representante* consultor* gerente* supervisor* responsavel* alguem funcionario* tecnico* especialista* medico* doutor* advogado* vendedor* assessor* gestor*",
    action: "fal* convers* lig* cham* contat* atend* ajud* resolv* explic* transfer* pass* encaminh* conect* retorn* verific* analis* olh*",
    wish: "posso pode podem poderia quero queria gostaria preciso prefiro favor tem seria exijo",
    negation: "nao nunca sem ninguem",
    possessive: "meu minha meus minhas nosso nossa",
  },
  it: {
    person: "persona umano* operator* operatric* addett* consulent* responsabil* agente* qualcuno impiegat* dipendent* tecnico* specialist* espert* medico* dottor* avvocat* commercial*",
    action: "parl* chiam* richiam* contatt* ricontatt* aiut* assist* risolv* spieg* trasfer* pass* mett* sent* verific* guard* occup*",
    wish: "posso puo potete potrei potreste vorrei voglio vorremmo bisogno preferisco preferirei favore possibile",
    negation: "non mai senza nessuno",
    possessive: "mio mia miei mie nostro nostra",
  },
  id: {
    person: "orang* manusia admin cs agen petugas operator staf karyawan pegawai manajer perwakilan seseorang teknisi dokter konsultan atasan supervisor pemilik",
    action: "bicara berbicara ngobrol ngomong hubung* telepon telpon call chat bantu membantu dibantu jelaskan cek periksa sambung* alih* balas jawab tangani urus",
    wish: "mau ingin minta bisa boleh tolong butuh perlu pengen mohon bisakah",
    negation: "tidak gak ga nggak bukan jangan tanpa",
    possessive: "",
  },
};
