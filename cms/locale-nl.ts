/**
 * Dutch phrases Decap's own Dutch locale lacks or leaves in English (the heading menu, the editor
 * notes, list and image buttons). They are merged over Decap's "nl" phrases in cms/admin-init.js.
 */
export const DUTCH_PHRASES = {
  collection: {
    collectionTop: { viewAsList: 'Toon als lijst', viewAsGrid: 'Toon als raster' },
    entries: { unpublishedHeader: 'Niet-gepubliceerde items' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Veld %{widgetLabel}' } },
    editorControlPane: {
      widget: { invalidPath: "'%{path}' is geen geldig pad", pathExists: "Pad '%{path}' bestaat al" },
    },
    editorInterface: { toggleNotes: 'Notities tonen of verbergen' },
    editorNotesPane: {
      title: 'Notities',
      emptyState: 'Nog geen notities. Voeg hieronder de eerste toe.',
      addNote: 'Notitie toevoegen',
      addPlaceholder: 'Schrijf een notitie…',
      editPlaceholder: 'Bewerk je notitie…',
      save: 'Bewaren',
      cancel: 'Annuleren',
      edit: 'Bewerken',
      delete: 'Verwijderen',
      resolve: 'Afhandelen',
      unresolve: 'Heropenen',
      confirmDelete: 'Deze notitie verwijderen?',
      shortcut: 'Tip: Ctrl+Enter voegt de notitie meteen toe',
    },
    editorToolbar: {
      statusInfoTooltipDraft:
        'Dit item is een concept. Zet de status op ‘Wordt beoordeeld’ om het ter beoordeling voor te leggen.',
      statusInfoTooltipInReview: 'Dit item wordt beoordeeld; je kunt het intussen nog aanpassen.',
    },
    editorWidgets: {
      markdown: {
        headings: 'Koppen',
        quote: 'Citaat',
        strikethrough: 'Doorhalen',
        richText: 'Opgemaakte tekst',
        toggleMode: { rich: 'Naar opgemaakte tekst', markdown: 'Naar Markdown' },
      },
      headingOptions: {
        headingOne: 'Kop 1',
        headingTwo: 'Kop 2',
        headingThree: 'Kop 3',
        headingFour: 'Kop 4',
        headingFive: 'Kop 5',
        headingSix: 'Kop 6',
      },
      image: {
        chooseMultiple: 'Kies afbeeldingen',
        addMore: 'Meer afbeeldingen toevoegen',
        removeAll: 'Alle afbeeldingen verwijderen',
      },
      file: {
        chooseMultiple: 'Kies bestanden',
        addMore: 'Meer bestanden toevoegen',
        removeAll: 'Alle bestanden verwijderen',
      },
      datetime: { setToNow: 'Zet %{fieldLabel} op nu' },
      list: { addType: 'Voeg %{item} toe' },
      object: { expand: 'Openklappen', collapse: 'Dichtklappen' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Sluiten' } },
  ui: {
    settingsDropdown: { account: 'Accountmenu' },
    toast: {
      onBackendDown: 'De backend-service ondervindt een storing. Zie %{details} voor meer informatie',
      noteAdded: 'Notitie toegevoegd',
      onFailToAddNote: 'Kan notitie niet toevoegen: %{details}',
      noteUpdated: 'Notitie bijgewerkt',
      onFailToUpdateNote: 'Kan notitie niet bijwerken: %{details}',
      noteDeleted: 'Notitie verwijderd',
      onFailToDeleteNote: 'Kan notitie niet verwijderen: %{details}',
      noteResolved: 'Notitie afgehandeld',
      noteReopened: 'Notitie heropend',
      onFailToToggleNote: 'Kan notitie niet bijwerken: %{details}',
    },
  },
};
