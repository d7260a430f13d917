# Loaded by Orca at start (its user-prefs folder's orca-customizations.py): logs every utterance
# Orca sends to speech-dispatcher, one JSON line each, with what became of it (begin, end, cancel),
# flushed at once. Orca's own debug file is block-buffered and misses the page-load reading.
# Also: no key echo (what a person types is theirs; the test hears what the app and Orca say), a
# fast rate (shorter walks), and for Chinese espeak-ng's voice that reads Han characters (its
# default Chinese voice reads them as English-spelled pinyin).
import itertools
import json
import os
import time

import speechd
from orca import settings
from orca import speechdispatcherfactory

LOG = os.environ['ORCA_SPEECH_LOG']
_numbers = itertools.count(1)
_EVENTS = {speechd.CallbackType.BEGIN: 'begin', speechd.CallbackType.END: 'end', speechd.CallbackType.CANCEL: 'cancel'}


def _write(entry):
    with open(LOG, 'a', encoding='utf-8') as log:
        log.write(json.dumps(entry, ensure_ascii=False) + '\n')


settings.enableKeyEcho = False
settings.enableEchoByCharacter = False
settings.enableEchoByWord = False
settings.enableEchoBySentence = False
# The page is walked key by key; Orca reading the whole page on load would only be cut off.
settings.sayAllOnLoad = False
_voice = settings.voices[settings.DEFAULT_VOICE]
_voice['rate'] = 90
if os.environ.get('ORCA_VOICE'):
    _voice['family'] = {'name': os.environ['ORCA_VOICE'], 'lang': os.environ.get('ORCA_VOICE_LANG', ''), 'dialect': '', 'variant': 'none'}

_speak = speechdispatcherfactory.SpeechServer._speak


def _logged_speak(self, text, acss, **kwargs):
    number = next(_numbers)
    voice = acss or settings.voices[settings.DEFAULT_VOICE]
    family = voice.get('family') or {}
    _write({'n': number, 't': time.time(), 'event': 'speak', 'text': str(text), 'voice': family.get('name')})
    theirs = kwargs.get('callback')

    def callback(callback_type, index_mark=None):
        if callback_type in _EVENTS:
            _write({'n': number, 't': time.time(), 'event': _EVENTS[callback_type]})
        if theirs:
            theirs(callback_type, index_mark=index_mark)

    kwargs['callback'] = callback
    kwargs['event_types'] = list(set(kwargs.get('event_types') or []) | set(_EVENTS))
    return _speak(self, text, acss, **kwargs)


speechdispatcherfactory.SpeechServer._speak = _logged_speak
_write({'event': 'loaded', 't': time.time()})
